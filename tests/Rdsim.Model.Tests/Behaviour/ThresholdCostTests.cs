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
            var desired = c.intensity * c.revenue;
            var gap = c.gapShare * c.revenue;
            // The firm arrives at the notch relabelling what pays on its own (step 7).
            var relabeled = Relabeling.Optimal(B, c.revenue, c.taxGain, performsRd: true);
            var plan = ThresholdCost.Cheapest(B, ExtraRealRdPath.Reached, c.revenue, gap, relabeled, desired, 0.85, c.taxGain);
            return plan.ExtraReal >= 0 && plan.ExtraRelabeled >= 0
                && Math.Abs(plan.ExtraReal + plan.ExtraRelabeled - gap) <= 1e-9 * gap
                && relabeled + plan.ExtraRelabeled <= Relabeling.Cap(B, c.revenue) + 1e-9
                && plan.Cost > 0;
        });
    }

    [Fact]
    public void At_an_interior_mix_the_two_marginal_costs_are_equal()
    {
        const double revenue = 100, desired = 3, price = 0.85;
        var plan = ThresholdCost.Cheapest(B, ExtraRealRdPath.Reached, revenue, 0.6, 0, desired, price, 0.125);
        Assert.True(plan.ExtraReal > 0 && plan.ExtraRelabeled > 0);
        var relabelMarginal = Relabeling.NetMarginalCost(B, revenue, 0.125, plan.ExtraRelabeled);
        var realMarginal = ExtraRealRdCost.Marginal(B, ExtraRealRdPath.Reached, desired, price, plan.ExtraReal);
        Assert.Equal(relabelMarginal, realMarginal, 9);
    }

    [Fact]
    public void Real_RD_beyond_the_plan_costs_what_partial_adjustment_implies_and_more_the_slower_the_firm_adjusts()
    {
        // At the plan the marginal cost is zero; each yuan beyond it costs p·ΔR / (λ·ε·R*): with p = 0.8, λ = 0.3, ε = 1,
        // R* = 5, one yuan more costs 0.8 / (0.3 × 5) / 2 = 0.2667 and its marginal cost is 0.5333.
        Assert.Equal(0, ExtraRealRdCost.Marginal(B, ExtraRealRdPath.Reached, 5, 0.8, 0));
        Assert.Equal(0.8 / 1.5 / 2, ExtraRealRdCost.Of(B, ExtraRealRdPath.Reached, 5, 0.8, 1), 12);
        Assert.Equal(0.8 / 1.5, ExtraRealRdCost.Marginal(B, ExtraRealRdPath.Reached, 5, 0.8, 1), 12);
        var faster = B with { AdjustmentSpeed = 0.6 };
        Assert.Equal(ExtraRealRdCost.Of(B, ExtraRealRdPath.Reached, 5, 0.8, 1) / 2, ExtraRealRdCost.Of(faster, ExtraRealRdPath.Reached, 5, 0.8, 1), 12);
    }

    [Fact]
    public void A_level_held_from_an_earlier_year_costs_the_static_loss_alone_lambda_times_reaching_it()
    {
        // Held ΔR above R* costs a·ΔR²/2 with a = p/(ε·R*): p = 0.8, ε = 1, R* = 5, ΔR = 1 gives 0.8 / 5 / 2 = 0.08, which is
        // λ = 0.3 times the 0.2667 of reaching it this year (the adjustment cost k·ΔR²/2 is the rest).
        Assert.Equal(0.8 / 5 / 2, ExtraRealRdCost.Of(B, ExtraRealRdPath.Held, 5, 0.8, 1), 12);
        Assert.Equal(0.8 / 5, ExtraRealRdCost.Marginal(B, ExtraRealRdPath.Held, 5, 0.8, 1), 12);
        Assert.Equal(B.AdjustmentSpeed * ExtraRealRdCost.Of(B, ExtraRealRdPath.Reached, 5, 0.8, 1), ExtraRealRdCost.Of(B, ExtraRealRdPath.Held, 5, 0.8, 1), 12);
        // Without relabelling room, the cheapest held mix is all real R&D at that cost.
        var noRelabelling = B with { RelabelMaxShareOfRevenue = 0 };
        var held = ThresholdCost.Cheapest(noRelabelling, ExtraRealRdPath.Held, 100, 1, 0, 5, 0.8, 0.1);
        Assert.Equal((0.0, 1.0, 0.08), (held.ExtraRelabeled, held.ExtraReal, Math.Round(held.Cost, 12)));
    }

    [Fact]
    public void A_firm_that_desires_no_RD_cannot_meet_the_test_with_real_RD()
    {
        Assert.Equal(double.PositiveInfinity, ExtraRealRdCost.Of(B, ExtraRealRdPath.Reached, 0, 0.8, 1));
        var plan = ThresholdCost.Cheapest(B, ExtraRealRdPath.Reached, 100, 10, 0, 0, 0.8, 0.1);
        Assert.Equal(double.PositiveInfinity, plan.Cost);
    }
}
