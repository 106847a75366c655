namespace Rdsim.Model.Behaviour;

/// <summary>
/// Reclassifying ordinary expenses as R&amp;D (MODEL.md §4 step 7). A yuan relabelled earns the extra
/// deduction, τ·s, and costs an expected <c>c0 + slope·(L/Y)</c> in audit risk, rising with the
/// relabelled share of revenue, up to <c>maxShare·Y</c>.
/// </summary>
public static class Relabeling
{
    /// <summary>
    /// The amount a firm relabels for the deduction alone: where the marginal cost meets τ·s, within
    /// [0, cap]. Only R&amp;D performers relabel: a firm with no R&amp;D project has nothing to attach it to.
    /// </summary>
    public static double Optimal(BehaviourParameters b, double revenue, double taxTimesDeduction, bool performsRd)
    {
        if (!performsRd || revenue <= 0) return 0;
        var share = (taxTimesDeduction - b.RelabelMarginalCost0) / b.RelabelSlope;
        return Math.Clamp(share, 0, b.RelabelMaxShareOfRevenue) * revenue;
    }

    /// <summary>The net marginal cost of relabelling at level <paramref name="amount"/>: audit cost less the deduction gain.</summary>
    public static double NetMarginalCost(BehaviourParameters b, double revenue, double taxTimesDeduction, double amount) =>
        b.RelabelMarginalCost0 + b.RelabelSlope * amount / revenue - taxTimesDeduction;

    /// <summary>Net cost (audit cost less deduction gain) of raising relabelling from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static double NetCost(BehaviourParameters b, double revenue, double taxTimesDeduction, double from, double to) =>
        (b.RelabelMarginalCost0 - taxTimesDeduction) * (to - from) + b.RelabelSlope / (2 * revenue) * (to * to - from * from);

    /// <summary>The largest amount a firm may relabel.</summary>
    public static double Cap(BehaviourParameters b, double revenue) => Math.Max(0, b.RelabelMaxShareOfRevenue * revenue);
}
