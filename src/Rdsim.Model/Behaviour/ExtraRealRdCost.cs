namespace Rdsim.Model.Behaviour;

/// <summary>
/// What it costs a firm to do more real R&amp;D this year than its partial-adjustment plan (docs/model.md §4 step 8).
/// Partial adjustment, <c>R = R₋₁ + λ·(R* − R₋₁)</c>, is the first-order condition of minimising the loss from being away
/// from desired R&amp;D, <c>(a/2)·(R − R*)²</c> with <c>a = p / (ε·R*)</c> (the curvature of R&amp;D's value at R*, desired
/// R&amp;D being <c>φ·Y·p^−ε</c>), plus a convex adjustment cost <c>(k/2)·(R − R₋₁)²</c> with <c>k = a·(1 − λ)/λ</c>. At
/// the plan the two marginal costs cancel; each yuan beyond it costs <c>(a + k)·ΔR = p·ΔR / (λ·ε·R*)</c>. So extra real
/// R&amp;D is never free at the plan, and dearer the slower the firm adjusts.
/// </summary>
public static class ExtraRealRdCost
{
    /// <summary>Extra real R&amp;D per unit of marginal cost: <c>λ·ε·R* / p</c> (0 when the firm desires no R&amp;D).</summary>
    public static double PerMarginalCost(BehaviourParameters b, double desired, double price) =>
        desired > 0 && price > 0 ? b.AdjustmentSpeed * b.UserCostElasticity * desired / price : 0;

    /// <summary>The marginal cost of the <paramref name="extra"/>-th yuan beyond the plan.</summary>
    public static double Marginal(BehaviourParameters b, double desired, double price, double extra)
    {
        var slope = PerMarginalCost(b, desired, price);
        return extra <= 0 ? 0 : slope > 0 ? extra / slope : double.PositiveInfinity;
    }

    /// <summary>The cost of <paramref name="extra"/> real R&amp;D beyond the plan: <c>ΔR² / (2·λ·ε·R*/p)</c>.</summary>
    public static double Of(BehaviourParameters b, double desired, double price, double extra)
    {
        var slope = PerMarginalCost(b, desired, price);
        return extra <= 0 ? 0 : slope > 0 ? extra * extra / (2 * slope) : double.PositiveInfinity;
    }
}
