namespace Rdsim.Model.Behaviour;

/// <summary>
/// The cheapest way to raise reported R&amp;D by a gap (docs/model.md §4 step 8): a mix of extra relabelling and extra
/// real R&amp;D where the two marginal costs are equal, or one is at its bound. Both marginal costs are linear in the
/// amount added — relabelling's rises from its net cost at the level already relabelled (0 where the firm relabels
/// already, <c>c0 − g</c> where it does not) by <c>slope / Y</c> a yuan, real R&amp;D's from 0 at the plan
/// (<see cref="ExtraRealRdCost"/>; from R* for a level held from an earlier year) — so the mix has a closed form.
/// </summary>
public static class ThresholdCost
{
    /// <summary>The extra relabelling and real R&amp;D that close a gap, and what they cost.</summary>
    /// <param name="ExtraRelabeled">Added relabelling.</param>
    /// <param name="ExtraReal">Added real R&amp;D.</param>
    /// <param name="Cost">Net cost of both (infinite when the gap cannot be closed).</param>
    public readonly record struct Plan(double ExtraRelabeled, double ExtraReal, double Cost);

    /// <summary>
    /// Plans how to add <paramref name="gap"/> to reported R&amp;D. <paramref name="relabeled"/> is the amount already
    /// relabelled; <paramref name="desired"/> and <paramref name="price"/> set the cost of real R&amp;D beyond the plan,
    /// reached this year or held from an earlier one (<paramref name="path"/>); <paramref name="gainPerYuan"/> is what a
    /// relabelled yuan earns (τ·s plus a credit's rate). Relabelling is a cost of the year whatever the path.
    /// </summary>
    public static Plan Cheapest(BehaviourParameters b, ExtraRealRdPath path, double revenue, double gap, double relabeled, double desired,
        double price, double gainPerYuan)
    {
        var realPerCost = ExtraRealRdCost.PerMarginalCost(b, path, desired, price);
        var relabelPerCost = revenue / b.RelabelSlope;
        var room = Math.Max(0, Relabeling.Cap(b, revenue) - relabeled);
        var relabelFrom = Math.Max(0, Relabeling.NetMarginalCost(b, revenue, gainPerYuan, relabeled));
        var extraRelabeled = 0.0;
        if (realPerCost * relabelFrom < gap)
        {
            // The common marginal cost μ at which real R&D and relabelling together add the gap.
            var mu = (gap + relabelPerCost * relabelFrom) / (realPerCost + relabelPerCost);
            extraRelabeled = Math.Min(Math.Min(room, relabelPerCost * (mu - relabelFrom)), gap);
        }
        var extraReal = gap - extraRelabeled;
        var cost = Relabeling.NetCost(b, revenue, gainPerYuan, relabeled, relabeled + extraRelabeled)
                   + ExtraRealRdCost.Of(b, path, desired, price, extraReal);
        return new Plan(extraRelabeled, extraReal, cost);
    }
}
