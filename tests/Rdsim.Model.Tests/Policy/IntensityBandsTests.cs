using Rdsim.Model.Policy;

namespace Rdsim.Model.Tests.Policy;

public class IntensityBandsTests
{
    [Theory]
    [InlineData(49.99, 0.06)]
    [InlineData(50.0, 0.04)]   // 2008 rules: "below 50 mn" is small, so 50 itself is medium
    [InlineData(200.0, 0.04)]
    [InlineData(200.01, 0.03)]
    public void Rules2008_band_edges(double revenue, double threshold)
    {
        Assert.Equal(threshold, IntensityBands.Rules2008.ThresholdFor(revenue));
    }

    [Theory]
    [InlineData(49.99, 0.05)]
    [InlineData(50.0, 0.05)]   // 2016 rules: "up to and including 50 mn" is small
    [InlineData(50.01, 0.04)]
    [InlineData(200.0, 0.04)]
    [InlineData(200.01, 0.03)]
    public void Rules2016_band_edges(double revenue, double threshold)
    {
        Assert.Equal(threshold, IntensityBands.Rules2016.ThresholdFor(revenue));
    }

    [Fact]
    public void Before_2008_one_threshold_for_all()
    {
        Assert.Equal(0.05, IntensityBands.RulesPre2008.ThresholdFor(1));
        Assert.Equal(0.05, IntensityBands.RulesPre2008.ThresholdFor(1e6));
    }
}
