using Rdsim.Reporting.Data;

namespace Rdsim.Reporting.Tests.Data;

/// <summary>A metric's mean and 5–95% band across replicates, over the finite values only (a ratio of 0/0 is left out).</summary>
public sealed class SeriesBandTests
{
    [Fact]
    public void Quantiles_interpolate_between_the_sorted_finite_values()
    {
        double[] values = [5, double.NaN, 1, 3, 2, 4];

        Assert.Equal(1.2, SeriesBand.Quantile(values, 0.05), 12);
        Assert.Equal(4.8, SeriesBand.Quantile(values, 0.95), 12);
        Assert.Equal(3, SeriesBand.Quantile(values, 0.5), 12);
        Assert.True(double.IsNaN(SeriesBand.Quantile([double.NaN], 0.5)));
    }

    [Fact]
    public void A_band_is_the_mean_and_quantiles_of_each_year_and_counts_the_replicates()
    {
        var band = SeriesBand.Of([2020, 2021], [[1, 3], [double.NaN, 2]]);

        Assert.Equal([2020.0, 2021], band.Years);
        Assert.Equal([2.0, 2], band.Mean);
        Assert.Equal(1.1, band.Low[0], 12);
        Assert.Equal(2.9, band.High[0], 12);
        Assert.Equal(2, band.Low[1]);
        Assert.Equal(2, band.Replicates);
    }
}
