using Rdsim.Reporting.Compare;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tests.Support;
using Rdsim.Scenarios.Loading;
using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Compare;

/// <summary>Issue #16, point 1: the parameters that differ between a scenario and the baseline, from their resolved values, year by year.</summary>
public sealed class ParameterDifferencesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rdsim-params-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Scenario(string file) => Path.Combine(SmallRuns.Root, "scenarios", file);

    private RunResult Run(string file, int lastYear = 2024, params string[] overrides)
    {
        var scenario = ScenarioLoader.Load(Scenario(file), overrides);
        var manifest = StoredRuns.Manifest(scenario.Name) with
        {
            LastYear = lastYear,
            Scenario = new ManifestScenario(scenario.Name, null, scenario.SourcePath, scenario.ContentHash,
                [.. scenario.Resolved.Select(p => new ManifestParameter(p.Name, p.Value, p.Origin))]),
        };
        return StoredRuns.Years(_folder, scenario.Name, "real_rd", _ => "1").With(manifest);
    }

    [Fact]
    public void A_reform_that_sets_one_parameter_differs_in_that_one_over_every_reported_year()
    {
        var d = Assert.Single(ParameterDifferences.Of(Run("china-2008-2024.yaml"), Run("reform-hnte-10pct.yaml")));
        Assert.Equal(new ParameterDifference("HNTE rate 10%", "hnte.rate", "share of taxable income", "2008–2024", "0.15", "0.1"), d);
    }

    [Fact]
    public void A_year_keyed_parameter_is_shown_for_each_span_of_years_with_the_values_in_force()
    {
        var rows = ParameterDifferences.Of(Run("china-2008-2024.yaml"), Run("reform-200pct-from-2015.yaml")).ToList();
        Assert.Equal([("2015–2017", "0.5", "1"), ("2018–2022", "0.75", "1")],
            rows.Select(r => (r.Years!, r.BaselineValue, r.Value)));
        Assert.All(rows, r => Assert.Equal("superDeduction.extraRate", r.Name));
    }

    [Fact]
    public void Values_written_differently_but_equal_in_every_year_do_not_differ_and_a_difference_outside_the_years_is_shown_whole()
    {
        var baseline = Run("china-2008-2024.yaml", 2020);
        Assert.Empty(ParameterDifferences.Of(baseline, Run("china-2008-2024.yaml", 2020, "hnte.rate={2008: 0.15}")));
        var later = Assert.Single(ParameterDifferences.Of(baseline, Run("china-2008-2024.yaml", 2020, "hnte.rate={2008: 0.15, 2023: 0.1}")));
        Assert.Null(later.Years);
        Assert.Equal(("0.15", "{2008: 0.15, 2023: 0.1}"), (later.BaselineValue, later.Value));
    }
}
