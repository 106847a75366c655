using Rdsim.Calibration.Results;

namespace Rdsim.Calibration.Tests.Fitting;

/// <summary>
/// The committed Ningbo calibration (README, "How well does it fit? (Ningbo 2013)"): the targets it fits within ±10%,
/// the ones the README names as misses within the miss it states, and the committed fit table reproduced, both as
/// the fit was made: one replicate on each of 4 population draws (the scenario's seed and the next three).
/// </summary>
public class NingboFitTests
{
    /// <summary>The fitted targets as simulated now, once for both tests.</summary>
    private static readonly Lazy<IReadOnlyList<FitRow>> Rows = new(CommittedFit.Ningbo.Evaluate);

    /// <summary>The targets the README's "What to doubt" names as missed, with the largest error it states for each.</summary>
    private static readonly Dictionary<string, double> StatedMisses = new(StringComparer.Ordinal)
    {
        // From the committed fit (docs/calibration/fit.csv), as the README's "What to doubt" states them.
        ["newly_certified_hnte"] = 0.42,                 // −41.4%
        ["above_scale_enterprise_st_spending"] = 0.11,   // +10.0% over the bound
        ["total_rd_spending"] = 0.20,                    // +19.6% over the bound
        ["above_scale_industrial_output"] = 0.19,        // −18.3%
        ["high_tech_output_share"] = 0.27,               // +26.4%
    };

    [Fact]
    public void The_committed_Ningbo_scenario_is_within_ten_percent_of_every_target_but_the_stated_misses()
    {
        var rows = Rows.Value;
        Assert.Equal(11, rows.Count);
        var outside = rows.Where(r => !r.Within(StatedMisses.GetValueOrDefault(r.Mapped.Target.Metric, 0.10))).Select(CommittedFit.Describe).ToList();
        Assert.True(outside.Count == 0, "Outside the stated bound: " + string.Join("; ", outside));
        // A stated miss that the fit now meets is no longer a miss: the README and this list must say so.
        var stale = rows.Where(r => StatedMisses.ContainsKey(r.Mapped.Target.Metric) && r.Within(0.10)).Select(CommittedFit.Describe).ToList();
        Assert.True(stale.Count == 0, "Within ±10%, so not a miss: " + string.Join("; ", stale));
    }

    [Fact]
    public void The_committed_Ningbo_scenario_states_its_fit_as_the_writer_would()
    {
        // ningbo-2013.yaml was written before fit: existed; its fit: line was added as FittedScenarioWriter writes it.
        var fit = Scenarios.Loading.ScenarioLoader.Load(RepositoryPaths.Scenario(CommittedFit.Ningbo.Scenario)).Fit!;
        Assert.Equal(Calibration.Output.FittedScenarioWriter.FitStatus(Rows.Value, CommittedFit.Ningbo.Populations, CommittedFit.Ningbo.Targets), (fit.En, fit.Zh!));
    }

    [Fact]
    public void The_committed_Ningbo_scenario_reproduces_the_committed_fit_table() =>
        CommittedFit.Ningbo.AssertReproduced(Rows.Value);
}
