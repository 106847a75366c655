namespace Rdsim.Model.Behaviour;

/// <summary>
/// Reclassifying ordinary expenses as R&amp;D (docs/model.md §4 step 7). A yuan relabelled earns what a yuan of
/// reported R&amp;D earns — the extra deduction, τ·s, plus a credit's rate where a credit is paid on reported
/// R&amp;D — and costs an expected <c>c0 + slope·(L/Y)</c> in audit risk, rising with the relabelled share of
/// revenue, up to <c>maxShare·Y</c>.
/// </summary>
public static class Relabeling
{
    /// <summary>
    /// The amount a firm relabels outside the HNTE notch: where the marginal cost meets the gain per yuan
    /// (τ·s + credit rate), within [0, cap]. Only R&amp;D performers relabel: a firm with no R&amp;D project has nothing to attach it to.
    /// </summary>
    public static double Optimal(BehaviourParameters b, double revenue, double gainPerYuan, bool performsRd)
    {
        if (!performsRd || revenue <= 0) return 0;
        var share = (gainPerYuan - b.RelabelMarginalCost0) / b.RelabelSlope;
        return Math.Clamp(share, 0, b.RelabelMaxShareOfRevenue) * revenue;
    }

    /// <summary>The net marginal cost of relabelling at level <paramref name="amount"/>: audit cost less the gain per yuan.</summary>
    public static double NetMarginalCost(BehaviourParameters b, double revenue, double gainPerYuan, double amount) =>
        b.RelabelMarginalCost0 + b.RelabelSlope * amount / revenue - gainPerYuan;

    /// <summary>Net cost (audit cost less the gain per yuan) of raising relabelling from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static double NetCost(BehaviourParameters b, double revenue, double gainPerYuan, double from, double to) =>
        (b.RelabelMarginalCost0 - gainPerYuan) * (to - from) + b.RelabelSlope / (2 * revenue) * (to * to - from * from);

    /// <summary>The largest amount a firm may relabel.</summary>
    public static double Cap(BehaviourParameters b, double revenue) => Math.Max(0, b.RelabelMaxShareOfRevenue * revenue);
}
