using Rdsim.Model.Firms;

namespace Rdsim.Model.Tests.Firms;

/// <summary>
/// First-year revenue is a log-normal truncated to [revenueMin, revenueMax]: a median so far outside the window that it holds no
/// mass in double precision puts every firm at the nearest bound, never at a revenue that is no number (found by the scenario
/// fuzzer: a median of 1e-320 against a minimum of 20 mn CNY stopped the run with a NaN in an aggregate).
/// </summary>
public class RevenueTruncationTests
{
    [Theory]
    [InlineData(1e-320, 20)]
    [InlineData(1e-3, 20)]
    [InlineData(1e300, 1e5)]
    public void A_median_far_outside_the_window_puts_every_firm_at_the_nearest_bound(double median, double expected)
    {
        var profiles = Sectors.All.Select(s => new SectorProfile
        {
            Share = s.Id == 0 ? 1 : 0,
            RevenueMedian = median,
            RevenueLogSd = 0.5,
            RevenueMin = 20,
            RevenueMax = 1e5,
        }).ToArray();
        var sampler = new TraitSampler(profiles, new TraitCorrelations());

        Assert.All(Enumerable.Range(0, 200), id => Assert.Equal(expected, sampler.Draw(7, id).Revenue0));
        Assert.Equal(0, SizeScore.Of(profiles[0], expected));   // and a finite size score for the copulas
    }
}
