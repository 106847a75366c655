namespace Rdsim.Model.Behaviour;

/// <summary>
/// The cheapest way to raise reported R&amp;D by a gap (docs/model.md §4 step 8): a mix of extra relabelling and
/// extra real R&amp;D, where the two marginal costs are equal (or one is at its bound). Both marginal costs
/// rise with the amount, so a bisection on the common marginal cost finds the mix.
/// </summary>
public static class ThresholdCost
{
    private const int Iterations = 100;

    /// <summary>The extra relabelling and real R&amp;D that close a gap, and what they cost.</summary>
    /// <param name="ExtraRelabeled">Added relabelling.</param>
    /// <param name="ExtraReal">Added real R&amp;D.</param>
    /// <param name="Cost">Net cost of both.</param>
    public readonly record struct Plan(double ExtraRelabeled, double ExtraReal, double Cost);

    /// <summary>
    /// Plans how to add <paramref name="gap"/> to reported R&amp;D. <paramref name="relabeled"/> and
    /// <paramref name="real"/> are the amounts already chosen; <paramref name="desired"/> and
    /// <paramref name="price"/> define the real distortion; <paramref name="gainPerYuan"/> is what a relabelled yuan earns (τ·s plus a credit's rate).
    /// </summary>
    public static Plan Cheapest(BehaviourParameters b, double revenue, double gap, double relabeled, double real,
        double desired, double price, double gainPerYuan)
    {
        var cap = Relabeling.Cap(b, revenue);
        var elasticity = b.UserCostElasticity;
        double RelabelAt(double mu) =>
            Math.Clamp(revenue * (mu + gainPerYuan - b.RelabelMarginalCost0) / b.RelabelSlope - relabeled, 0, Math.Max(0, cap - relabeled));
        double RealAt(double mu) =>
            mu >= price ? double.PositiveInfinity : Math.Max(0, RealRdDistortion.AtMarginalCost(price, desired, elasticity, mu) - real);

        var lo = Math.Min(Relabeling.NetMarginalCost(b, revenue, gainPerYuan, relabeled),
            RealRdDistortion.Marginal(price, desired, elasticity, real));
        var hi = price;
        for (var i = 0; i < Iterations; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (RelabelAt(mid) + RealAt(mid) < gap) lo = mid;
            else hi = mid;
        }
        var extraRelabeled = Math.Min(RelabelAt(hi), gap);
        var extraReal = gap - extraRelabeled;
        var cost = Relabeling.NetCost(b, revenue, gainPerYuan, relabeled, relabeled + extraRelabeled)
                   + RealRdDistortion.Cost(price, desired, elasticity, real, real + extraReal);
        return new Plan(extraRelabeled, extraReal, cost);
    }
}
