using Rdsim.Reporting.Compare;
using Rdsim.Reporting.Results;
using Rdsim.Scenarios;
using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Compare;

/// <summary><c>differences.csv</c>: each scenario's mean of every compared metric in every year, against the baseline's.</summary>
public sealed class DifferencesTableTests
{
    [Fact]
    public void Each_scenario_year_and_metric_has_its_mean_beside_the_baselines()
    {
        var runs = SmallRuns.DeductionReform;

        var rows = DifferencesTable.Rows(runs).ToList();

        Assert.Equal(DifferencesTable.Metrics.Count * 4, rows.Count);
        Assert.All(rows, r => Assert.Equal((runs[1].Name, runs[0].Name), (r.Scenario, r.Baseline)));
        foreach (var metric in DifferencesTable.Metrics)
        {
            var (mine, theirs) = (runs[1].Years.Band(metric).Mean, runs[0].Years.Band(metric).Mean);
            var ofMetric = rows.Where(r => r.Metric == metric.Name).ToList();
            Assert.Equal([2008, 2009, 2010, 2011], ofMetric.Select(r => r.Year));
            Assert.Equal(mine, ofMetric.Select(r => r.Value));
            Assert.Equal(theirs, ofMetric.Select(r => r.BaselineValue));
        }
        var forgone = rows.Single(r => r is { Metric: "cum_revenue_forgone", Year: 2011 });
        Assert.True(forgone.Value > forgone.BaselineValue, "a 100% extra deduction forgoes more than a 50% one");
    }

    [Fact]
    public async Task A_scenario_that_reports_fewer_years_is_set_against_the_baselines_same_calendar_years()
    {
        // Before: years were paired by position, so a reform reported from 2010 was set against the baseline's 2008. compare refuses
        // such a pair now (ComparableScenarios), but report still reads compare folders written before it did.
        IReadOnlyList<RunResult> runs = [SmallRuns.ChinaResult, await Rdsim.Runs.Simulator.Run(SmallRuns.China().With([ScenarioChange.Set("simulation.firstYear", 2010)]))];

        var metric = DifferencesTable.Metrics.Single(m => m.Name == "real_rd");
        var rows = DifferencesTable.Rows(runs).Where(r => r.Metric == metric.Name).ToList();
        Assert.Equal([2010, 2011], rows.Select(r => r.Year));
        var baseline = runs[0].Years.Band(metric).Mean;
        Assert.Equal([baseline[2], baseline[3]], rows.Select(r => r.BaselineValue));
    }

    [Fact]
    public void A_scenario_against_itself_differs_by_nothing_and_the_file_says_so()
    {
        var baseline = SmallRuns.DeductionReform[0];
        using var temp = new TempFolder();

        DifferencesTable.Write(temp.File("differences.csv"), [baseline, baseline]);

        var lines = File.ReadAllLines(temp.File("differences.csv"));
        Assert.Equal("scenario,baseline,year,metric,value,baseline_value,difference", lines[0]);
        Assert.Equal(DifferencesTable.Metrics.Count * 4, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Matches("(,0|,)$", l));
        Assert.All(DifferencesTable.Rows([baseline, baseline]), r => Assert.Equal(r.BaselineValue, r.Value));
    }
}
