using System.Globalization;
using Rdsim.Calibration.Fitting;
using Rdsim.Calibration.Metrics;
using Rdsim.Calibration.Targets;

namespace Rdsim.Calibration.Tests;

/// <summary>
/// The committed Ningbo calibration (README, "How well does it fit?"). The goal is ±10% of every fitted target. The
/// committed fit reaches it for the HNTE count and relief, claimants, deducted amount, relief at 25% and total output;
/// first-time certifications and the high-tech output (and share) stay outside it, for the reasons the README gives.
/// So: the targets that fit must stay within ±10%, the documented misses within ±20% (they may not drift back), the
/// full goal is written and skipped with the reason, and the committed fit table must keep being reproduced.
/// </summary>
public class NingboFitTests
{
    /// <summary>Targets the committed fit does not bring within ±10% (README: why).</summary>
    private static readonly string[] DocumentedMisses = ["newly_certified_hnte", "high_tech_industry_output", "high_tech_output_share"];

    private static TargetMapping Mapping() =>
        TargetMapping.Of(TargetsReader.Read(RepositoryPaths.NingboTargets), "ningbo-2013-targets.csv");

    private static IReadOnlyList<Results.FitRow> Evaluate() =>
        Calibrator.Evaluate(RepositoryPaths.Scenario("ningbo-2013.yaml"), Mapping(), replications: 2, overrides: null, CancellationToken.None);

    private static string Describe(Results.FitRow r) =>
        $"{r.Mapped.Target.Metric}: target {r.Target}, simulated {r.Mean:G5} ({r.RelativeError:+0.0%;-0.0%})";

    [Fact]
    public void The_committed_Ningbo_scenario_is_within_ten_percent_of_every_target_but_the_documented_misses()
    {
        var rows = Evaluate();
        var misses = rows.Where(r => !DocumentedMisses.Contains(r.Mapped.Target.Metric) && !r.Within(0.10)).Select(Describe).ToList();
        Assert.True(misses.Count == 0, "Outside ±10%: " + string.Join("; ", misses));
        Assert.Equal(rows.Count - DocumentedMisses.Length, rows.Count(r => !DocumentedMisses.Contains(r.Mapped.Target.Metric)));
    }

    [Fact]
    public void The_documented_misses_stay_within_twenty_percent()
    {
        var misses = Evaluate().Where(r => DocumentedMisses.Contains(r.Mapped.Target.Metric) && !r.Within(0.20)).Select(Describe).ToList();
        Assert.True(misses.Count == 0, "Outside ±20%: " + string.Join("; ", misses));
    }

    [Fact(Skip = "First-time certifications and high-tech output are not yet within ±10% (README: How well does it fit?).")]
    public void The_committed_Ningbo_scenario_is_within_ten_percent_of_every_fitted_target()
    {
        var misses = Evaluate().Where(r => !r.Within(0.10)).Select(Describe).ToList();
        Assert.True(misses.Count == 0, "Outside ±10%: " + string.Join("; ", misses));
    }

    [Fact]
    public void The_committed_Ningbo_scenario_reproduces_the_committed_fit_table()
    {
        var committed = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "calibration", "fit.csv"))
            .Skip(1).Select(l => l.Split(',')).Where(f => f[1].Length > 0)
            .ToDictionary(f => f[0], f => double.Parse(f[5], CultureInfo.InvariantCulture));
        var rows = Evaluate();
        Assert.Equal(committed.Count, rows.Count);
        foreach (var r in rows)
        {
            // fit.csv stores values rounded to 6 decimals (FitTableCsv), so compare at that precision.
            Assert.True(Math.Abs(Math.Round(r.Mean, 6) - committed[r.Mapped.Target.Metric]) <= 1e-9 * Math.Max(1, Math.Abs(r.Mean)),
                $"{r.Mapped.Target.Metric}: simulated {r.Mean}, committed {committed[r.Mapped.Target.Metric]}");
        }
    }
}
