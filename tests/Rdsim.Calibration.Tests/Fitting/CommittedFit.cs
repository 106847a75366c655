using System.Globalization;
using Rdsim.Calibration.Fitting;
using Rdsim.Calibration.Metrics;
using Rdsim.Calibration.Results;
using Rdsim.Calibration.Targets;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Tests.Fitting;

/// <summary>
/// A committed calibration (README, "How well does it fit?"): its fitted scenario simulated as the fit was made (one
/// replicate on each of the population draws), and its committed fit table.
/// </summary>
internal sealed record CommittedFit(string Scenario, string Targets, string Folder, int Populations)
{
    public static CommittedFit Ningbo { get; } = new("ningbo-2013.yaml", "ningbo-2013-targets.csv", "calibration", 4);

    public static CommittedFit National { get; } = new("china-2008-2024.yaml", "china-national-targets.csv", "calibration-national", 2);

    /// <summary>The fitted targets as simulated now.</summary>
    public IReadOnlyList<FitRow> Evaluate()
    {
        var targets = Path.Combine(RepositoryPaths.Root, "scenarios", "targets", Targets);
        var mapping = TargetMapping.Of(TargetsReader.Read(targets), Targets);
        return Calibrator.Evaluate(ScenarioLoader.Load(RepositoryPaths.Scenario(Scenario)), mapping, replications: 1, CancellationToken.None, Populations);
    }

    /// <summary>The simulated means of the committed fit.csv, by target and year (rows of targets it does not fit left out).</summary>
    public IReadOnlyDictionary<(string Metric, int Year), double> CommittedMeans() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", Folder, "fit.csv"))
            .Skip(1).Select(l => l.Split(',')).Where(f => f[1].Length > 0)
            .ToDictionary(f => (f[0], int.Parse(f[2], CultureInfo.InvariantCulture)), f => double.Parse(f[5], CultureInfo.InvariantCulture));

    /// <summary>Asserts that <paramref name="rows"/> are the committed table's, at its 6 decimals.</summary>
    public void AssertReproduced(IReadOnlyList<FitRow> rows)
    {
        var committed = CommittedMeans();
        Assert.Equal(committed.Count, rows.Count);
        foreach (var r in rows)
        {
            var key = (r.Mapped.Target.Metric, r.Mapped.Target.Year);
            // fit.csv stores values rounded to 6 decimals (FitTableCsv), so compare at that precision.
            Assert.True(Math.Abs(Math.Round(r.Mean, 6) - committed[key]) <= 1e-9 * Math.Max(1, Math.Abs(r.Mean)),
                $"{key}: simulated {r.Mean}, committed {committed[key]}");
        }
    }

    /// <summary>A row as the failure messages show it.</summary>
    public static string Describe(FitRow r) =>
        $"{r.Mapped.Target.Metric} {r.Mapped.Target.Year}: target {r.Target}, simulated {r.Mean:G5} ({r.RelativeError:+0.0%;-0.0%})";
}
