using Rdsim.Reporting.Data;
using Rdsim.Reporting.Tables;
using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Data;

/// <summary>The numbers a brief opens with: cumulative means over replicates, and shares pooled over every year and replicate.</summary>
public sealed class HeadlineTests
{
    [Fact]
    public void The_pooled_bang_for_the_buck_is_the_cumulative_induced_real_rd_over_the_cumulative_revenue_forgone()
    {
        var years = SmallRuns.ChinaResult.Years;

        var headline = Headline.Of(years);

        Assert.Equal(years.Last(YearsTable.Cumulative(AdditionalityColumns.InducedRealRd)), headline.InducedRealRd);
        Assert.Equal(years.Last(YearsTable.Cumulative(AdditionalityColumns.RevenueForgone)), headline.RevenueForgone);
        Assert.True(headline.RevenueForgone > 0, "the incentives cost revenue");
        // Pooled over replicates, the ratio of sums equals the ratio of the replicates' mean cumulative values.
        Assert.Equal(headline.InducedRealRd / headline.RevenueForgone, headline.BangForBuck, 1e-9);
        Assert.InRange(headline.DeadweightShare, 0, 1);
        Assert.Equal(years.Last(YearsTable.Scenario(WorldColumns.HnteFirms)), headline.HnteFirms);
        Assert.Equal(years.Last(YearsTable.Scenario(WorldColumns.Claimants)), headline.Claimants);
        Assert.True(headline.HnteFirms > 0 && headline.Claimants > 0);
    }
}
