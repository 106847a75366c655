using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Tests.Loading;

namespace Rdsim.Scenarios.Tests;

/// <summary>
/// A comparison claims that every difference is the policy's: a scenario on other years, firms or shocks than the baseline's
/// is refused, naming its file, the parameter, both values and where it was set.
/// </summary>
public sealed class ComparableScenariosTests : IDisposable
{
    private readonly ScenarioDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string BaseText = "name: base\nsimulation:\n  firstYear: 2010\n  lastYear: 2014\n  warmupYears: 1\npopulation:\n  firms: 200\n";

    private Scenario Baseline => ScenarioLoader.Load(_dir.Write("base.yaml", BaseText), []);

    private Scenario Reform(string text) => ScenarioLoader.Load(_dir.Write("reform.yaml", "name: reform\nextends: base.yaml\n" + text), []);

    [Fact]
    public void A_reform_that_changes_only_policy_is_comparable()
    {
        _ = Baseline;
        ComparableScenarios.Require([Baseline, Reform("hnte:\n  rate: 0.1\n"), Baseline.With("behaviour.userCostElasticity", 1.5)]);
    }

    [Theory]
    [InlineData("simulation:\n  firstYear: 2011\n", "simulation.firstYear", "2011", "2010")]
    [InlineData("simulation:\n  lastYear: 2013\n", "simulation.lastYear", "2013", "2014")]
    [InlineData("simulation:\n  warmupYears: 3\n", "simulation.warmupYears", "3", "1")]
    [InlineData("population:\n  firms: 300\n", "population.firms", "300", "200")]
    [InlineData("population:\n  weight: 4600\n", "population.weight", "4600", "1")]
    [InlineData("population:\n  exitRate: 0.1\n", "population.exitRate", "0.1", "0")]
    [InlineData("population:\n  sectors:\n    software:\n      revenueMedian: 77\n", "population.sectors.software.revenueMedian", "77", null)]
    public void A_reform_on_other_years_or_firms_is_refused_at_the_line_that_sets_them(string change, string parameter, string value, string? baseValue)
    {
        _ = Baseline;
        var reform = Reform(change);

        var e = Assert.Throws<InputException>(() => ComparableScenarios.Require([Baseline, reform], ["base.yaml", "reform.yaml"]));

        var error = Assert.Single(e.Diagnostics);
        Assert.Equal(("reform.yaml", parameter), (error.File, error.Path));
        Assert.True(error.Line > 2, "the line of the reform file that sets it");
        Assert.StartsWith($"{parameter} {value} differs from the baseline's ", error.Message);
        if (baseValue is not null) Assert.Contains($"baseline's {baseValue} (base.yaml)", error.Message);
        Assert.EndsWith("compare needs the same years, firms and shocks; run it on its own with rdsim run", error.Message);
        Assert.Contains("compare 要求相同的年份、企业和冲击", error.MessageZh);
    }

    [Fact]
    public void Shocks_must_be_the_same_too()
    {
        var e = Assert.Throws<InputException>(() => ComparableScenarios.Require([Baseline, Baseline.With("simulation.seed", 7), Baseline.With("simulation.replications", 2)]));

        Assert.Equal(["simulation.seed", "simulation.replications"], e.Diagnostics.Select(d => d.Path));
        Assert.All(e.Diagnostics, d => Assert.Equal(0, d.Line));   // set in code: no line to point at
    }

    [Fact]
    public void A_parameter_set_further_up_the_extends_chain_says_where_and_the_others_are_counted()
    {
        _dir.Write("region.yaml", "name: region\nsimulation:\n  firstYear: 2007\n  lastYear: 2013\n  warmupYears: 1\npopulation:\n  firms: 200\n");
        var regional = ScenarioLoader.Load(_dir.Write("regional-fit.yaml", "name: fit\nextends: region.yaml\nhnte:\n  rate: 0.1\n"), []);

        var error = Assert.Single(Assert.Throws<InputException>(() => ComparableScenarios.Require([Baseline, regional], ["base.yaml", "regional-fit.yaml"])).Diagnostics);

        Assert.Equal(("regional-fit.yaml", 0), (error.File, error.Line));
        Assert.Equal($"regional-fit.yaml: error: simulation.firstYear 2007 (set at {Path.Combine(_dir.Root, "region.yaml")}:3) "
            + "differs from the baseline's 2010 (base.yaml); 1 more of its year, population or shock parameters differ: "
            + "compare needs the same years, firms and shocks; run it on its own with rdsim run", error.ToString());
    }
}
