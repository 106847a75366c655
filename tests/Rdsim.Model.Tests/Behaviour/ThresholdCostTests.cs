using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rdsim.Model.Behaviour;

namespace Rdsim.Model.Tests.Behaviour;

public class ThresholdCostTests
{
    private static readonly BehaviourParameters B = new();

    [Property(MaxTest = 500)]
    public Property The_plan_closes_the_gap_exactly_with_non_negative_parts()
    {
        var cases =
            from revenue in Gen.Choose(1, 10_000).Select(x => (double)x)
            from intensity in Gen.Choose(1, 80).Select(x => x / 1000.0)
            from gapShare in Gen.Choose(1, 50).Select(x => x / 1000.0)
            from taxGain in Gen.Choose(0, 25).Select(x => x / 100.0)
            select (revenue, intensity, gapShare, taxGain);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var real = c.intensity * c.revenue;
            var gap = c.gapShare * c.revenue;
            var plan = ThresholdCost.Cheapest(B, c.revenue, gap, 0, real, real, 0.85, c.taxGain);
            return plan.ExtraReal >= 0 && plan.ExtraRelabeled >= 0
                && Math.Abs(plan.ExtraReal + plan.ExtraRelabeled - gap) <= 1e-9 * gap
                && plan.ExtraRelabeled <= Relabeling.Cap(B, c.revenue) + 1e-9;
        });
    }

    [Fact]
    public void At_an_interior_mix_the_two_marginal_costs_are_equal()
    {
        const double revenue = 100, real = 3, price = 0.85;
        var plan = ThresholdCost.Cheapest(B, revenue, 0.6, 0, real, real, price, 0.125);
        Assert.True(plan.ExtraReal > 0 && plan.ExtraRelabeled > 0);
        var relabelMarginal = Relabeling.NetMarginalCost(B, revenue, 0.125, plan.ExtraRelabeled);
        var realMarginal = RealRdDistortion.Marginal(price, real, B.UserCostElasticity, real + plan.ExtraReal);
        Assert.Equal(relabelMarginal, realMarginal, 6);
    }

    [Fact]
    public void Distortion_cost_is_zero_at_the_optimum_and_positive_beyond()
    {
        Assert.Equal(0, RealRdDistortion.Cost(0.8, 5, 1.0, 5, 5), 12);
        Assert.True(RealRdDistortion.Cost(0.8, 5, 1.0, 5, 6) > 0);
        Assert.True(RealRdDistortion.Cost(0.8, 5, 1.5, 5, 6) > 0);
        // The closed forms for ε = 1 and ε ≠ 1 meet as ε → 1.
        Assert.Equal(RealRdDistortion.Cost(0.8, 5, 1.0, 5, 6), RealRdDistortion.Cost(0.8, 5, 1.000001, 5, 6), 5);
    }
}
