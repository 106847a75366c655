using Rdsim.Calibration.Metrics;
using Rdsim.Calibration.Targets;
using Rdsim.Calibration.Fitting;

namespace Rdsim.Calibration.Tests.Fitting;

public class ObjectiveTests
{
    [Fact]
    public void An_upper_bound_adds_nothing_at_or_below_it_and_its_squared_log_excess_above_it()
    {
        var level = new MappedTarget(new Target("claimants", 100, "firms", 2013, "", 2), MetricCatalog.Find("claimants")!);
        var bound = new MappedTarget(new Target("total_rd_spending", 1000, "mn CNY", 2013, "", 3), MetricCatalog.FindUpperBound("total_rd_spending")!, IsUpperBound: true);

        Assert.Equal(0, Objective.Value([level, bound], [100, 400]));
        Assert.Equal(0, Objective.Value([level, bound], [100, 1000]));
        Assert.Equal(Math.Pow(Math.Log(1.5), 2), Objective.Value([level, bound], [100, 1500]), 12);
        Assert.Equal(Math.Pow(Math.Log(0.5), 2), Objective.Value([level, bound], [50, 10]), 12);
    }

    [Fact]
    public void Is_zero_when_every_target_is_hit()
    {
        Assert.Equal(0, Objective.Value([626, 1693, 0.306], [626, 1693, 0.306]));
    }

    [Fact]
    public void Is_the_sum_of_squared_log_errors()
    {
        var expected = Math.Pow(Math.Log(2), 2) + Math.Pow(Math.Log(0.5), 2);
        Assert.Equal(expected, Objective.Value([100, 10], [200, 5]), 12);
    }

    [Fact]
    public void Weighs_over_and_under_shooting_by_the_same_factor_alike()
    {
        Assert.Equal(Objective.Value([100], [120]), Objective.Value([100], [100 / 1.2]), 12);
    }

    [Fact]
    public void Is_scale_free()
    {
        Assert.Equal(Objective.Value([0.306], [0.4]), Objective.Value([306_000], [400_000]), 12);
    }

    [Fact]
    public void Floors_zero_and_negative_simulations_so_the_distance_stays_finite()
    {
        var atZero = Objective.Value([100], [0]);
        Assert.Equal(Math.Pow(Math.Log(Objective.Floor), 2), atZero, 12);
        Assert.Equal(atZero, Objective.Value([100], [-5]));
        Assert.Equal(atZero, Objective.Value([100], [double.NaN]));
        Assert.True(Objective.Value([100], [1]) < atZero);
    }

    [Fact]
    public void Rejects_non_positive_targets_and_mismatched_lengths()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Objective.Value([0], [1]));
        Assert.Throws<ArgumentException>(() => Objective.Value([1, 2], [1]));
    }
}
