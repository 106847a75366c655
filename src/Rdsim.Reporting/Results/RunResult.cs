using Rdsim.Engine;
using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Randomness;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Tables;
using Rdsim.Scenarios;

namespace Rdsim.Reporting.Results;

/// <summary>
/// One run's results as rdsim reports them: its manifest (what ran and how, the resolved scenario as recorded, the
/// result fingerprint) and its tables — years, groups, intensity histograms, bunching — typed by the column definitions
/// that also write and read them. Made in memory from an engine's result (<see cref="Of"/>), or read back from a run
/// folder (<see cref="RunFolder.Load"/>); the two give the same cells, bit for bit, so whatever is drawn from one is
/// drawn the same from the other. Charts, the brief, compare, sweeps and calibration all read a run through it.
/// </summary>
public sealed class RunResult
{
    private readonly Lazy<YearsData> _years;
    private readonly Lazy<HistogramData> _lastHistogram;

    private RunResult(RunManifest manifest, ResultTable<YearRow> years, ResultTable<GroupRow> groups,
        ResultTable<HistogramRow> histograms, ResultTable<BunchingRow> bunching, SimulationResult? simulation)
    {
        (Manifest, YearsTable, Groups, Histograms, Bunching, Simulation) = (manifest, years, groups, histograms, bunching, simulation);
        _years = new Lazy<YearsData>(() => new YearsData(years));
        _lastHistogram = new Lazy<HistogramData>(() => HistogramData.LastYear(histograms));
    }

    /// <summary>The manifest: what ran, how, the resolved scenario, the fingerprint (its files once the run is saved).</summary>
    public RunManifest Manifest { get; }

    /// <summary>The scenario's name.</summary>
    public string Name => Manifest.Scenario.Name;

    /// <summary>
    /// What the engine returned, for a run made in this process (null for one read from a folder): its exact aggregates, for
    /// what the tables round to doubles (pooled sums over replicates).
    /// </summary>
    public SimulationResult? Simulation { get; }

    /// <summary><c>years.csv</c>: one row per replicate and year.</summary>
    public ResultTable<YearRow> YearsTable { get; }

    /// <summary>The years table by year: means and bands across replicates.</summary>
    public YearsData Years => _years.Value;

    /// <summary><c>groups.csv</c>: one row per replicate, year, world and group (sector, size class).</summary>
    public ResultTable<GroupRow> Groups { get; }

    /// <summary><c>intensity_histogram.csv</c>: one row per replicate, year, world and intensity bin.</summary>
    public ResultTable<HistogramRow> Histograms { get; }

    /// <summary><c>bunching.csv</c>: one row per replicate, year, intensity measure and HNTE threshold in force.</summary>
    public ResultTable<BunchingRow> Bunching { get; }

    /// <summary>The last year's histogram, mean over replicates.</summary>
    public HistogramData LastHistogram => _lastHistogram.Value;

    /// <summary>The HNTE intensity thresholds (percent) in force in the last histogram's year; none when the regime is off.</summary>
    public IReadOnlyList<double> Thresholds => BunchingTable.ThresholdsIn(Bunching, LastHistogram.Year);

    /// <summary>The results of <paramref name="simulation"/>, a run of <paramref name="scenario"/> made as <paramref name="facts"/> say.</summary>
    public static RunResult Of(Scenario scenario, SimulationResult simulation, RunFacts facts)
    {
        var name = scenario.Name;
        var policy = scenario.Policy;
        return new RunResult(ManifestOf(scenario, simulation, facts),
            ResultTable<YearRow>.Of(Tables.YearsTable.Columns, () => Tables.YearsTable.Rows(name, simulation)),
            ResultTable<GroupRow>.Of(GroupsTable.Columns, () => GroupsTable.Rows(name, simulation, facts.Regions)),
            ResultTable<HistogramRow>.Of(HistogramTable.Columns, () => HistogramTable.Rows(name, simulation)),
            ResultTable<BunchingRow>.Of(BunchingTable.Columns, () => BunchingTable.Rows(name, simulation, year => HnteThresholds.In(policy.At(year)))),
            simulation);
    }

    /// <summary>The results stored in <paramref name="folder"/> under <paramref name="manifest"/>, read when first asked for.</summary>
    internal static RunResult Stored(string folder, RunManifest manifest) =>
        new(manifest,
            ResultTable<YearRow>.Read(Path.Combine(folder, RunFolder.YearsFile), Tables.YearsTable.Columns),
            ResultTable<GroupRow>.Read(Path.Combine(folder, RunFolder.GroupsFile), GroupsTable.Columns),
            ResultTable<HistogramRow>.Read(Path.Combine(folder, RunFolder.HistogramFile), HistogramTable.Columns),
            ResultTable<BunchingRow>.Read(Path.Combine(folder, RunFolder.BunchingFile), BunchingTable.Columns),
            null);

    /// <summary>The same results under another manifest (the command a verb gives it, the files a folder holds).</summary>
    public RunResult With(RunManifest manifest) => new(manifest, YearsTable, Groups, Histograms, Bunching, Simulation);

    private static RunManifest ManifestOf(Scenario scenario, SimulationResult simulation, RunFacts facts) => new(
        Tool: "rdsim",
        Version: ToolVersion.Current,
        Engine: simulation.Engine,
        Cluster: facts.Placement,
        Scenario: new ManifestScenario(scenario.Name, scenario.Description, scenario.SourcePath, scenario.ContentHash,
            [.. scenario.Resolved.Select(p => new ManifestParameter(p.Name, p.Value, p.Origin))], scenario.Universe, scenario.Fit, scenario.Caveats,
            Scenarios.Populations.UniverseMismatch.Of(scenario)),
        Seed: scenario.Run.Seed,
        ReplicateSeeds: [.. Enumerable.Range(0, scenario.Run.Replications).Select(r => KeyedRandom.ReplicateSeed(scenario.Run.Seed, r))],
        Firms: facts.Firms,
        Population: scenario.Population.FromCsv ?? "synthetic",
        FirstYear: scenario.Run.FirstYear,
        LastYear: scenario.Run.LastYear,
        WarmupYears: scenario.Run.WarmupYears,
        StartedAt: facts.StartedAt,
        FinishedAt: facts.FinishedAt,
        TimingsSeconds: simulation.Timings.ToDictionary(t => t.Key, t => Math.Round(t.Value.TotalSeconds, 3)),
        Command: facts.Command,
        ResultFingerprint: ResultFingerprint.Of(simulation),
        Files: [],
        Warnings: [.. scenario.Warnings.Select(w => w.ToString())],
        Represents: simulation.Replicates[0].Years[0].Scenario.Total[CountMetric.Firms],
        WarningsZh: [.. scenario.Warnings.Select(w => w.Text(chinese: true))]);
}
