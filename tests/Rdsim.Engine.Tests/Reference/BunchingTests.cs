using Rdsim.Engine.Reference;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Policy;

namespace Rdsim.Engine.Tests.Reference;

public class BunchingTests
{
    /// <summary>
    /// One revenue band at a time (revenue barely drifts, so firms stay in their band), with most firms
    /// meeting the non-R&amp;D criteria and profitable enough for the preferential rate to be worth something:
    /// the R&amp;D-intensity test is what binds. Latent intensity is a smooth
    /// log-normal; reported intensity must pile up in the threshold's own bin and thin out just below it.
    /// </summary>
    [Theory]
    [InlineData(5, 45, 50)]      // up to 50 mn: 5%
    [InlineData(70, 180, 40)]    // 50 to 200 mn: 4%
    [InlineData(300, 5000, 30)]  // above 200 mn: 3%
    public async Task A_smooth_latent_intensity_distribution_bunches_at_the_HNTE_threshold(double revenueMin, double revenueMax, int thresholdBin)
    {
        var input = TestInputs.Create(15_000,
            profile: p => p with
            {
                RevenueMin = revenueMin, RevenueMax = revenueMax, RevenueMedian = Math.Sqrt(revenueMin * revenueMax),
                GrowthDrift = 0, GrowthSd = 0.01, MarginMean = 0.2, MarginSd = 0.03,
                RdPerformerShare = 1, IntensityMedian = thresholdBin / 1000.0, IntensityLogSd = 0.5,
                HighTechShareMedian = 0.9, RdStaffShareMedian = 0.3, CoreIpProbability = 0.95,
            },
            policy: _ => new YearPolicy { IntensityBands = IntensityBands.Rules2016 });
        var result = await new ReferenceEngine().RunAsync(input, null, default);
        var breakdown = result.Replicates[0].Years[^1].Scenario;
        long Firms(int bin) => breakdown.Count(HistogramKind.WindowAll, bin);

        var neighbours = new[] { -6, -5, -4, 4, 5, 6 }.Average(k => Firms(thresholdBin + k));
        Assert.True(Firms(thresholdBin) > 3 * neighbours,
            $"bin {thresholdBin}: {Firms(thresholdBin)} firms, neighbours {neighbours:F0} on average: no excess mass at the threshold");
        Assert.True(Firms(thresholdBin - 1) < 0.75 * neighbours,
            $"bin {thresholdBin - 1}: {Firms(thresholdBin - 1)} firms, neighbours {neighbours:F0}: no deficit just below the threshold");
    }
}
