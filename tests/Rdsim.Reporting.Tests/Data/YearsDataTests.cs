using Rdsim.Reporting.Data;
using Rdsim.Reporting.Tables;
using Rdsim.Scenarios.Loading;
using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Data;

/// <summary>A run's years by year: each metric per year and replicate, its mean, band, last-year mean and total.</summary>
public sealed class YearsDataTests
{
    private static readonly Column<YearRow> RealRd = YearsTable.Scenario(WorldColumns.RealRd);

    [Fact]
    public void Values_are_indexed_by_year_then_replicate_as_the_table_holds_them()
    {
        var years = SmallRuns.ChinaResult.Years;
        var table = years.Table;

        Assert.Equal(SmallRuns.ChinaResult.Name, years.Scenario);
        Assert.Equal(2, years.Replicates);
        var values = years.Values(RealRd);
        Assert.Equal(4, values.Length);
        Assert.All(values, v => Assert.Equal(2, v.Length));
        // Row order is replicate by replicate, then year by year: year 2010 of replicate 1 is row 4 + 2.
        Assert.Equal(table.Number(RealRd, 6), values[2][1]);
        Assert.Equal(table.Number(RealRd, 2), values[2][0]);
    }

    [Fact]
    public void The_band_last_and_total_are_the_mean_by_year_the_last_mean_and_the_sum_of_every_value()
    {
        var years = SmallRuns.ChinaResult.Years;
        var values = years.Values(RealRd);

        var band = years.Band(RealRd);

        Assert.Equal([2008.0, 2009, 2010, 2011], band.Years);
        Assert.Equal(values.Select(v => v.Average()), band.Mean);
        Assert.All(Enumerable.Range(0, 4), i => Assert.InRange(band.Mean[i], band.Low[i], band.High[i]));
        Assert.Equal(values[^1].Average(), years.Last(RealRd));
        Assert.Equal(values.SelectMany(v => v).Sum(), years.Total(RealRd), 1e-9 * years.Total(RealRd));
        Assert.True(band.Low[^1] < band.High[^1], "two replicates with different shocks give a band");
    }

    [Fact]
    public void A_subset_of_rows_is_read_as_its_own_years_and_replicates()
    {
        var table = SmallRuns.ChinaResult.YearsTable;

        var second = new YearsData(table, [4, 5, 6, 7]);

        Assert.Equal(1, second.Replicates);
        Assert.Equal([2008, 2009, 2010, 2011], second.Years);
        Assert.Equal(table.Number(RealRd, 7), second.Last(RealRd));
    }

    [Fact]
    public void A_stored_table_without_rows_is_not_a_complete_run()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("years.csv"), string.Join(',', YearsTable.Columns.Select(c => c.Name)) + "\n");

        var error = Assert.Throws<InputException>(() => new YearsData(ResultTable<YearRow>.Read(temp.File("years.csv"), YearsTable.Columns)));

        Assert.Contains("no rows", error.Message);
    }
}
