using Rdsim.Model.Policy;

namespace Rdsim.Model.Tests.Policy;

public class YearKeyedTests
{
    private static readonly YearKeyed<double> ExtraRate = new([new(2008, 0.5), new(2018, 0.75), new(2023, 1.0)]);

    [Theory]
    [InlineData(2005, 0.5)]
    [InlineData(2008, 0.5)]
    [InlineData(2017, 0.5)]
    [InlineData(2018, 0.75)]
    [InlineData(2022, 0.75)]
    [InlineData(2023, 1.0)]
    [InlineData(2040, 1.0)]
    public void Value_holds_from_its_year_on(int year, double expected)
    {
        Assert.Equal(expected, ExtraRate.At(year));
    }

    [Fact]
    public void Duplicate_years_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new YearKeyed<int>([new(2008, 1), new(2008, 2)]));
    }

    [Fact]
    public void Without_incentives_turns_every_incentive_off()
    {
        var policy = new YearPolicy { ExtraRate = 1, VolumeCreditRate = 0.3, IncrementalCreditRate = 0.2 }.WithoutIncentives();
        Assert.False(policy.HnteEnabled);
        Assert.All(Enumerable.Range(0, Model.Firms.Sectors.Count), s => Assert.Equal(0, policy.ExtraRateFor(s)));
        Assert.Equal(0, policy.VolumeCreditRate);
        Assert.Equal(0, policy.IncrementalCreditRate);
    }
}
