using Rdsim.Model.Aggregation;

namespace Rdsim.Engine.Results;

/// <summary>
/// What the incentives bought in a year or over a span of years (docs/model.md §5): the scenario against the
/// no-incentive counterfactual on the same population and shocks. Money in mn CNY.
/// </summary>
/// <param name="InducedRealRd">Real R&amp;D in the scenario minus the counterfactual.</param>
/// <param name="InducedReportedRd">Reported R&amp;D in the scenario minus the counterfactual.</param>
/// <param name="RevenueForgone">Tax in the counterfactual minus tax in the scenario.</param>
/// <param name="TotalRelief">Relief by every instrument in the scenario (differs from revenue forgone through behaviour).</param>
/// <param name="Deadweight">Relief paid for R&amp;D that would have happened anyway.</param>
/// <param name="InducedRealRdNonTaxpayers">The part of <paramref name="InducedRealRd"/> in firm-years that would pay no tax without the incentives.</param>
/// <param name="RevenueForgoneNonTaxpayers">The part of <paramref name="RevenueForgone"/> from the same firm-years.</param>
/// <param name="InducedReportedRdHnte">Reported R&amp;D minus the counterfactual's, over firm-years at the HNTE rate.</param>
/// <param name="RelabeledRdHnte">Relabelled R&amp;D of firm-years at the HNTE rate (none is relabelled without incentives).</param>
public sealed record Additionality(double InducedRealRd, double InducedReportedRd, double RevenueForgone, double TotalRelief, double Deadweight,
    double InducedRealRdNonTaxpayers, double RevenueForgoneNonTaxpayers, double InducedReportedRdHnte, double RelabeledRdHnte)
{
    /// <summary>Induced real R&amp;D per yuan of revenue forgone (NaN unless revenue was forgone: see <see cref="PerYuanForgone"/>).</summary>
    public double BangForBuck => PerYuanForgone(InducedRealRd, RevenueForgone);

    /// <summary>Induced real R&amp;D in firm-years that would pay tax without the incentives.</summary>
    public double InducedRealRdTaxpayers => InducedRealRd - InducedRealRdNonTaxpayers;

    /// <summary>Revenue forgone from firm-years that would pay tax without the incentives.</summary>
    public double RevenueForgoneTaxpayers => RevenueForgone - RevenueForgoneNonTaxpayers;

    /// <summary>Bang for the buck among firm-years that would pay tax without the incentives (NaN unless revenue was forgone from them).</summary>
    public double BangForBuckTaxpayers => PerYuanForgone(InducedRealRdTaxpayers, RevenueForgoneTaxpayers);

    /// <summary>Relabelled share of the induced reported R&amp;D: how much of the response is on paper only.</summary>
    public double InducedRelabeledShare => InducedReportedRd != 0 ? (InducedReportedRd - InducedRealRd) / InducedReportedRd : double.NaN;

    /// <summary>Relabelled share of the HNTE firm-years' induced reported R&amp;D (the notch's response on paper only).</summary>
    public double HnteInducedRelabeledShare => Ratio(RelabeledRdHnte, InducedReportedRdHnte);

    /// <summary>The additionality of one year.</summary>
    public static Additionality Of(YearResult year) => Of([year]);

    /// <summary>The additionality summed over years (cumulative).</summary>
    public static Additionality Of(IEnumerable<YearResult> years) => Of(years.Select(y => (y.Scenario.Total, y.Counterfactual.Total)));

    /// <summary>The additionality of pairs of aggregates (scenario, counterfactual) of the same firms, summed.</summary>
    public static Additionality Of(IEnumerable<(YearAggregate Scenario, YearAggregate Counterfactual)> pairs)
    {
        ExactSum real = default, reported = default, forgone = default, relief = default, deadweight = default;
        ExactSum realNonTaxpayers = default, forgoneNonTaxpayers = default, reportedHnte = default, relabeledHnte = default;
        foreach (var (s, c) in pairs)
        {
            real += s[SumMetric.RealRd] + -c[SumMetric.RealRd];
            reported += s[SumMetric.ReportedRd] + -c[SumMetric.ReportedRd];
            forgone += c[SumMetric.Tax] + -s[SumMetric.Tax];
            relief += s[SumMetric.ReliefSuperDeduction] + s[SumMetric.ReliefHnte] + s[SumMetric.ReliefCredit];
            deadweight += s[SumMetric.Deadweight];
            realNonTaxpayers += s[SumMetric.InducedRealRdNonTaxpayers];
            forgoneNonTaxpayers += s[SumMetric.RevenueForgoneNonTaxpayers];
            reportedHnte += s[SumMetric.InducedReportedRdHnte];
            relabeledHnte += s[SumMetric.HnteRelabeledRd];
        }
        return new Additionality(real.Value, reported.Value, forgone.Value, relief.Value, deadweight.Value,
            realNonTaxpayers.Value, forgoneNonTaxpayers.Value, reportedHnte.Value, relabeledHnte.Value);
    }

    /// <summary>
    /// Bang for the buck: <paramref name="induced"/> real R&amp;D per yuan of <paramref name="forgone"/> revenue, or NaN when no revenue was
    /// forgone. Where the incentives give up no tax, or its firms pay more tax with them than without (possible for a group or a year),
    /// the ratio has no meaning: near zero it is huge, below zero its sign reads as R&amp;D lost.
    /// </summary>
    public static double PerYuanForgone(double induced, double forgone) => forgone > 0 ? induced / forgone : double.NaN;

    private static double Ratio(double numerator, double denominator) => denominator != 0 ? numerator / denominator : double.NaN;
}
