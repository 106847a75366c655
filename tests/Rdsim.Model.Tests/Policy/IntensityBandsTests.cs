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

    /// <summary>
    /// The presets give what the three fixed fields gave before the bands became data (small edge inclusive or not,
    /// medium edge inclusive, large above), for every revenue including the edges, their neighbours and NaN.
    /// </summary>
    [Fact]
    public void Presets_give_what_the_fixed_three_band_rule_gave_bit_for_bit()
    {
        static double Fixed(double revenue, bool smallEdgeInclusive, double small, double medium, double large)
        {
            var isSmall = smallEdgeInclusive ? revenue <= 50 : revenue < 50;
            if (isSmall) return small;
            return revenue <= 200 ? medium : large;
        }
        double[] revenues =
        [
            double.NegativeInfinity, -1, -0.0, 0, double.Epsilon, 1, 49.99, Math.BitDecrement(50.0), 50, Math.BitIncrement(50.0), 50.01,
            120, Math.BitDecrement(200.0), 200, Math.BitIncrement(200.0), 200.01, 1e6, double.MaxValue, double.PositiveInfinity, double.NaN,
        ];
        foreach (var revenue in revenues)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(Fixed(revenue, false, 0.06, 0.04, 0.03)), BitConverter.DoubleToInt64Bits(IntensityBands.Rules2008.ThresholdFor(revenue)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(Fixed(revenue, true, 0.05, 0.04, 0.03)), BitConverter.DoubleToInt64Bits(IntensityBands.Rules2016.ThresholdFor(revenue)));
            Assert.Equal(0.05, IntensityBands.RulesPre2008.ThresholdFor(revenue));
        }
    }

    [Theory]
    [InlineData(19.99, 0.08)]
    [InlineData(20.0, 0.06)]    // edge 20 belongs to the band above
    [InlineData(20.01, 0.06)]
    [InlineData(50.0, 0.06)]    // edge 50 belongs to the band below
    [InlineData(50.01, 0.05)]
    [InlineData(100.0, 0.05)]   // edge 100 belongs to the band below
    [InlineData(100.01, 0.04)]
    [InlineData(1000.0, 0.04)]
    public void Any_number_of_bands_each_edge_with_its_own_rule(double revenue, double threshold)
    {
        var bands = new IntensityBands([20, 50, 100], [0.08, 0.06, 0.05, 0.04], [false, true, true]);
        Assert.Equal(threshold, bands.ThresholdFor(revenue));
    }

    [Fact]
    public void Bands_copy_their_lists_and_with_replaces_one_part()
    {
        double[] thresholds = [0.06, 0.04, 0.03];
        var bands = new IntensityBands([50, 200], thresholds, [false, true]);
        thresholds[0] = 0.5;
        Assert.Equal(0.06, bands.ThresholdFor(10));
        Assert.Equal([0.06, 0.04, 0.03], bands.Thresholds);
        var small2 = IntensityBands.Rules2008 with { Thresholds = [0.02, 0.04, 0.03] };
        Assert.Equal(0.02, small2.ThresholdFor(10));
        Assert.Equal(0.04, small2.ThresholdFor(50));
        Assert.Equal([50.0, 200.0], small2.Edges);
        Assert.Equal(0.06, IntensityBands.Rules2008.ThresholdFor(10));   // the preset itself is unchanged
    }
}
