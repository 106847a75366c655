using Rdsim.Calibration.Metrics;
using Rdsim.Calibration.Results;
using Rdsim.Calibration.Targets;

namespace Rdsim.Calibration.Tests.Results;

/// <summary>One fitted target: the simulated mean against the published value, its error relative to the target.</summary>
public sealed class FitRowTests
{
    private static FitRow Simulated(double mean) =>
        new(new MappedTarget(new Target("claimants", 1078, "firms", 2013, "", 2), MetricCatalog.Find("claimants")!), mean, mean * 0.9, mean * 1.1);

    [Theory]
    [InlineData(1078, 0)]
    [InlineData(1185.8, 0.1)]
    [InlineData(970.2, -0.1)]
    public void The_relative_error_is_the_mean_over_the_target_less_one(double mean, double error)
    {
        var row = Simulated(mean);

        Assert.Equal(1078, row.Target);
        Assert.Equal(error, row.RelativeError, 12);
    }

    [Fact]
    public void An_upper_bound_misses_only_by_its_excess()
    {
        var bound = new MappedTarget(new Target("total_rd_spending", 16000, "mn CNY", 2013, "", 3), MetricCatalog.FindUpperBound("total_rd_spending")!, IsUpperBound: true);
        var below = new FitRow(bound, 8000, 7000, 9000);
        var above = new FitRow(bound, 20000, 19000, 21000);

        Assert.Equal((-0.5, 0.0, true), (below.RelativeError, below.Miss, below.Within(0.1)));
        Assert.Equal((0.25, 0.25, false), (above.RelativeError, above.Miss, above.Within(0.1)));
    }

    [Fact]
    public void Within_a_tolerance_counts_a_miss_above_and_below_alike_and_includes_the_bound()
    {
        Assert.True(Simulated(1185.8).Within(0.1 + 1e-12));
        Assert.True(Simulated(970.2).Within(0.1 + 1e-12));
        Assert.False(Simulated(1200).Within(0.1));
        Assert.False(Simulated(950).Within(0.1));
        Assert.True(Simulated(1078).Within(0));
    }
}
