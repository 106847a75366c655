using Rdsim.Model.Aggregation;
using Rdsim.Reporting.Tables;
using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Tables;

/// <summary><c>years.csv</c>: replicate by replicate, year by year, each metric in each world, and what the incentives bought so far.</summary>
public sealed class YearsTableTests
{
    private static readonly ResultTable<YearRow> Years = SmallRuns.ChinaResult.YearsTable;

    [Fact]
    public void Rows_go_replicate_by_replicate_then_year_by_year_each_with_its_replicates_seed()
    {
        var seeds = SmallRuns.ChinaResult.Manifest.ReplicateSeeds;
        for (var row = 0; row < Years.Count; row++)
        {
            Assert.Equal(row / 4, Years.Integer(YearsTable.Replicate, row));
            Assert.Equal(2008 + row % 4, Years.Integer(YearsTable.Year, row));
            Assert.Equal((long)seeds[row / 4], Years.Integer(YearsTable.Columns.Single(c => c.Name == "seed"), row));
            Assert.Equal(SmallRuns.ChinaResult.Name, Years.Text(YearsTable.ScenarioName, row));
        }
    }

    [Theory]
    [InlineData("induced_real_rd")]
    [InlineData("revenue_forgone")]
    [InlineData("deadweight")]
    public void A_cumulative_column_is_its_yearly_column_summed_from_the_first_reported_year(string metric)
    {
        var additionality = AdditionalityColumns.All.Single(m => m.Name == metric);
        var (thisYear, cumulative) = (YearsTable.ThisYear(additionality), YearsTable.Cumulative(additionality));
        var sum = 0.0;
        for (var row = 0; row < Years.Count; row++)
        {
            sum = row % 4 == 0 ? Years.Number(thisYear, row) : sum + Years.Number(thisYear, row);
            Assert.Equal(sum, Years.Number(cumulative, row), 1e-9 * Math.Max(1, Math.Abs(sum)));
        }
        Assert.NotEqual(0, sum);
    }

    [Fact]
    public void Each_world_metric_has_a_scenario_and_a_counterfactual_column_from_the_engines_totals()
    {
        var first = SmallRuns.ChinaResult.Simulation!.Replicates[0].Years[0];
        Assert.Equal($"cf_{WorldColumns.RealRd.Name}", YearsTable.Counterfactual(WorldColumns.RealRd).Name);
        Assert.Equal(first.Scenario.Total[CountMetric.HnteFirms], Years.Number(YearsTable.Scenario(WorldColumns.HnteFirms), 0));
        Assert.Equal(first.Counterfactual.Total[CountMetric.HnteFirms], Years.Number(YearsTable.Counterfactual(WorldColumns.HnteFirms), 0));
        Assert.Equal(0, first.Counterfactual.Total[CountMetric.HnteFirms]);   // no regime without the incentives
        Assert.True(Years.Number(YearsTable.Scenario(WorldColumns.HnteFirms), 0) > 0);
    }

    [Fact]
    public void Column_names_are_unique_and_the_written_header_lists_them_in_order()
    {
        var names = YearsTable.Columns.Select(c => c.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        using var temp = new TempFolder();

        Years.Write(temp.File("years.csv"));

        Assert.Equal(string.Join(',', names), File.ReadLines(temp.File("years.csv")).First());
        Assert.Equal(Years.Count + 1, File.ReadLines(temp.File("years.csv")).Count());
    }
}
