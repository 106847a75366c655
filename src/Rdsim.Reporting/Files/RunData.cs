using Rdsim.Reporting.Data;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Reporting.Files;

/// <summary>
/// A finished run read back from its folder — manifest, years, last year's histogram and the scenario
/// rebuilt from the manifest's parameters — so charts and briefs are drawn from stored results, never re-simulated.
/// </summary>
/// <param name="Folder">The run folder.</param>
/// <param name="Manifest">Its manifest.</param>
/// <param name="Years">Its <c>years.csv</c>.</param>
/// <param name="Histogram">The last year of its <c>intensity_histogram.csv</c>.</param>
/// <param name="Scenario">The resolved scenario the run used.</param>
public sealed record RunData(string Folder, RunManifest Manifest, YearsData Years, HistogramData Histogram, Scenario Scenario)
{
    /// <summary>
    /// What was found changed in the folder since rdsim wrote it (shown as a warning at the top of the brief); empty
    /// for a folder that checked out.
    /// </summary>
    public IReadOnlyList<FolderAlteration> Alterations { get; init; } = [];

    /// <summary>A run's stored results, with its manifest given (while the manifest is not yet written).</summary>
    /// <exception cref="InputException">When a stored file is missing or lacks a column the charts need.</exception>
    public static RunData From(string folder, RunManifest manifest) =>
        new(folder, manifest, YearsData.Read(Path.Combine(folder, RunFolder.YearsFile)),
            HistogramData.ReadLastYear(Path.Combine(folder, RunFolder.HistogramFile)), ScenarioOf(manifest));

    /// <summary>The resolved scenario a manifest records.</summary>
    public static Scenario ScenarioOf(RunManifest manifest) =>
        ResolvedScenarioLoader.Load(manifest.Scenario.Name, manifest.Scenario.Description, manifest.Scenario.Source,
            manifest.Scenario.Parameters.Select(p => (p.Name, p.Value))) with { Universe = manifest.Scenario.Universe, Fit = manifest.Scenario.Fit };

    /// <summary>The HNTE intensity thresholds (percent) in force in the histogram's year; none when the regime is off.</summary>
    public IReadOnlyList<double> Thresholds
    {
        get
        {
            return [.. HnteThresholds.In(Scenario.Policy.At(Histogram.Year)).Select(t => Math.Round(t * 100, 4))];
        }
    }
}
