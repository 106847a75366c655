using Rdsim.Model.Aggregation;

namespace Rdsim.Model.Tests.Aggregation;

public class IntensityHistogramTests
{
    [Theory]
    [InlineData(0.03, 30)]
    [InlineData(0.029999999999999, 30)] // a buncher at 3% computed with rounding error stays in the 3% bin
    [InlineData(0.0299, 29)]
    [InlineData(0.0, 0)]
    [InlineData(0.0401, 40)]
    [InlineData(0.1499, 149)]
    [InlineData(0.15, 150)]
    [InlineData(0.9, 150)]
    public void Values_go_to_the_bin_that_starts_at_or_below_them(double intensity, int bin)
    {
        Assert.Equal(bin, IntensityHistogram.BinOf(intensity));
    }

    [Fact]
    public void Every_threshold_computed_from_a_window_lands_in_its_own_bin()
    {
        foreach (var threshold in new[] { 0.03, 0.04, 0.05, 0.06 })
        {
            for (var revenue = 1.0; revenue < 1e5; revenue *= 1.37)
            {
                var past = threshold * 0.9 * revenue;
                var window = 3 * revenue;
                var required = threshold * window - past;
                var intensity = (past + required) / window;
                Assert.Equal((int)Math.Round(threshold * 1000), IntensityHistogram.BinOf(intensity));
            }
        }
    }
}
