using Rdsim.Model.Policy;

namespace Rdsim.Model.Tests.Policy;

public class BIndexTests
{
    [Theory]
    [InlineData(0.25, 0.5, 0.1667)]  // standard rate, 150% deduction
    [InlineData(0.15, 1.0, 0.1765)]  // HNTE rate, 200% deduction
    [InlineData(0.25, 1.0, 0.3333)]
    public void Subsidy_rate_matches_Warda(double tax, double extra, double subsidy)
    {
        Assert.Equal(subsidy, 1 - BIndex.Of(tax, extra, 0), 4);
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.15)]
    [InlineData(0.0)]
    public void Neutral_tax_gives_B_of_one(double tax)
    {
        Assert.Equal(1.0, BIndex.Of(tax, 0, 0), 15);
    }

    [Fact]
    public void A_volume_credit_lowers_B_by_the_credit_over_one_minus_tax()
    {
        Assert.Equal(1 - 0.30 / 0.75, BIndex.Of(0.25, 0, 0.30), 12);
    }

    [Fact]
    public void Incremental_credit_is_worth_less_than_its_headline_rate()
    {
        var effective = BIndex.EffectiveIncrementalRate(0.20, 3, 0.08);
        Assert.InRange(effective, 0.0, 0.20 * 0.2);
    }
}
