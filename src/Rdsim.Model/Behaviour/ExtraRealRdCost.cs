namespace Rdsim.Model.Behaviour;

/// <summary>
/// What it costs a firm to do more real R&amp;D this year than its partial-adjustment plan (docs/model.md §4 step 8).
/// Partial adjustment, <c>R = R₋₁ + λ·(R* − R₋₁)</c>, is the first-order condition of minimising the loss from being away
/// from desired R&amp;D, <c>(a/2)·(R − R*)²</c> with <c>a = p / (ε·R*)</c> (the curvature of R&amp;D's value at R*, desired
/// R&amp;D being <c>φ·Y·p^−ε</c>), plus a convex adjustment cost <c>(k/2)·(R − R₋₁)²</c> with <c>k = a·(1 − λ)/λ</c>. At
/// the plan the two marginal costs cancel; each yuan beyond it costs <c>(a + k)·ΔR = p·ΔR / (λ·ε·R*)</c>. So extra real
/// R&amp;D is never free at the plan, and dearer the slower the firm adjusts. A level reached in an earlier year and held
/// (<see cref="ExtraRealRdPath.Held"/>) costs only the static loss, <c>a·ΔR²/2</c> with ΔR above R*: no adjustment is
/// left to pay for, so a year held costs λ times what reaching the same ΔR from R* costs.
/// </summary>
public static class ExtraRealRdCost
{
    /// <summary>
    /// Extra real R&amp;D per unit of marginal cost: <c>λ·ε·R* / p</c> when reached this year, <c>ε·R* / p</c> when held
    /// (0 when the firm desires no R&amp;D).
    /// </summary>
    public static double PerMarginalCost(BehaviourParameters b, ExtraRealRdPath path, double desired, double price) =>
        desired > 0 && price > 0 ? (path == ExtraRealRdPath.Held ? 1 : b.AdjustmentSpeed) * b.UserCostElasticity * desired / price : 0;

    /// <summary>The marginal cost of the <paramref name="extra"/>-th yuan beyond the plan (or, held, beyond R*).</summary>
    public static double Marginal(BehaviourParameters b, ExtraRealRdPath path, double desired, double price, double extra)
    {
        var slope = PerMarginalCost(b, path, desired, price);
        return extra <= 0 ? 0 : slope > 0 ? extra / slope : double.PositiveInfinity;
    }

    /// <summary>
    /// The cost of <paramref name="extra"/> real R&amp;D beyond the plan, <c>ΔR² / (2·λ·ε·R*/p)</c>, or, held, beyond R*,
    /// <c>ΔR² / (2·ε·R*/p)</c>.
    /// </summary>
    public static double Of(BehaviourParameters b, ExtraRealRdPath path, double desired, double price, double extra)
    {
        var slope = PerMarginalCost(b, path, desired, price);
        return extra <= 0 ? 0 : slope > 0 ? extra * extra / (2 * slope) : double.PositiveInfinity;
    }
}

/// <summary>How real R&amp;D above what the firm would otherwise do comes about, which sets what it costs (docs/model.md §4 step 8).</summary>
public enum ExtraRealRdPath
{
    /// <summary>Reached this year, beyond the partial-adjustment plan: the static loss and the adjustment cost, <c>p·ΔR²/(2λεR*)</c>.</summary>
    Reached,

    /// <summary>
    /// Held at a level reached in an earlier year, ΔR above desired R&amp;D R*: the static loss alone, <c>p·ΔR²/(2εR*)</c>
    /// (what a newcomer expects each later year of its certificate to cost).
    /// </summary>
    Held,
}
