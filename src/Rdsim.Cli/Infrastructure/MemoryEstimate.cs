using System.Globalization;
using Rdsim.Engine;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// The peak memory a run will need, estimated before it starts from its firms, replicates and years and the engine's
/// measured costs, so that a run too large for the machine is refused at once instead of growing until the kernel
/// kills it. The figures are peak resident memory of <c>rdsim run</c> on this project's machine (2 cores, 24 GB,
/// Debian 12, Server GC; china-2008-2024, 17 reported and 5 warm-up years), fitted on runs of 10,000 to 1,000,000
/// firms and 1 to 300 replicates (README, "Reproducibility and trust").
/// </summary>
/// <param name="Bytes">The estimated peak.</param>
/// <param name="Basis">How it was reached, in words (for the refusal).</param>
/// <param name="Placement">Where the engine puts the firms (what else to try depends on it).</param>
public sealed record MemoryEstimate(long Bytes, string Basis, FirmPlacement Placement)
{
    private const long KiB = 1024, MiB = 1024 * KiB;

    /// <summary>The process itself: runtime, libraries, the scenario (measured with 10,000 firms, less their share).</summary>
    public static long Base(FirmPlacement firms) => firms == FirmPlacement.LocalGrains ? 165 * MiB : 210 * MiB;

    /// <summary>
    /// One firm: 0.82 KB in the loop (traits, name, two states) and in a cluster client (traits and name); 5.6 KB as a local grain
    /// with its share of shards and coordinator.
    /// </summary>
    public static long PerFirm(FirmPlacement firms) => firms == FirmPlacement.LocalGrains ? 5734 : 840;

    /// <summary>Each replicate after the first, per firm: a grain holds every replicate's states (0.75 KB); the loop reuses its arrays.</summary>
    public static long PerFirmReplicate(FirmPlacement firms) => firms == FirmPlacement.LocalGrains ? 768 : 0;

    /// <summary>Each replicate-year of results (two worlds' breakdowns by sector and size, the tables): 115 KB; 1.2 MB with local grains (the year log and messages).</summary>
    public static long PerReplicateYear(FirmPlacement firms) => firms == FirmPlacement.LocalGrains ? 1200 * KiB : 115 * KiB;

    /// <summary>Each firm-year-world row of <c>firms.parquet</c>, held until it is written.</summary>
    public const long PerPanelRow = 512;

    /// <summary>The estimate for <paramref name="scenario"/> with its firms where <paramref name="engine"/> puts them, with the firm panel when <paramref name="panel"/>.</summary>
    /// <param name="scenario">The loaded scenario.</param>
    /// <param name="engine">Where the firms live (<see cref="EngineCapabilities.Firms"/>).</param>
    /// <param name="replications">Replicates, when not the scenario's (calibration sets its own).</param>
    /// <param name="panel">Whether every firm-year is kept for <c>firms.parquet</c>.</param>
    public static MemoryEstimate For(Scenario scenario, FirmPlacement engine, int? replications = null, bool panel = false)
    {
        var run = scenario.Run;
        var firms = Firms(scenario);
        var replicates = (long)(replications ?? run.Replications);
        var years = (long)(run.LastYear - run.FirstYear + 1);
        var bytes = Base(engine) + firms * (PerFirm(engine) + (replicates - 1) * PerFirmReplicate(engine))
            + replicates * years * PerReplicateYear(engine) + (panel ? firms * years * replicates * 2 * PerPanelRow : 0);
        var engineText = engine switch
        {
            FirmPlacement.Loop => "the reference engine (≈ 0.8 KB a firm)",
            FirmPlacement.LocalGrains => "the orleans engine (≈ 5.6 KB a firm, and 0.75 KB a firm for each further replicate)",
            _ => "a cluster client (≈ 0.8 KB a firm here; the firms' grains are on the silos)",
        };
        var basis = string.Create(CultureInfo.InvariantCulture,
            $"{firms:N0} firms × {replicates:N0} replicate(s) × {years} years on {engineText}{(panel ? ", with firms.parquet (0.5 KB a firm-year)" : "")}");
        return new MemoryEstimate(bytes, basis, engine);
    }

    /// <summary>Synthetic firms with their entrants, or an estimate for a population file (a row is at least ~40 bytes).</summary>
    private static long Firms(Scenario scenario) =>
        scenario.Population.FromCsv is { } path
            ? Math.Max(1, new FileInfo(path).Length / 40)
            : PopulationTurnover.Of(scenario).TotalFirms(scenario.Population.Firms);

    /// <summary>A size in words, e.g. "12.3 GB".</summary>
    public static string Text(long bytes) => bytes >= 1L << 30
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.0} GB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)MiB:0} MB");
}
