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
public sealed record Additionality(double InducedRealRd, double InducedReportedRd, double RevenueForgone, double TotalRelief, double Deadweight)
{
    /// <summary>Induced real R&amp;D per yuan of revenue forgone (NaN when nothing was forgone).</summary>
    public double BangForBuck => RevenueForgone != 0 ? InducedRealRd / RevenueForgone : double.NaN;

    /// <summary>Relabelled share of the induced reported R&amp;D: how much of the response is on paper only.</summary>
    public double InducedRelabeledShare => InducedReportedRd != 0 ? (InducedReportedRd - InducedRealRd) / InducedReportedRd : double.NaN;

    /// <summary>The additionality of one year.</summary>
    public static Additionality Of(YearResult year) => Of([year]);

    /// <summary>The additionality summed over years (cumulative).</summary>
    public static Additionality Of(IEnumerable<YearResult> years)
    {
        ExactSum real = default, reported = default, forgone = default, relief = default, deadweight = default;
        foreach (var y in years)
        {
            var s = y.Scenario.Total;
            var c = y.Counterfactual.Total;
            real += s[SumMetric.RealRd] + -c[SumMetric.RealRd];
            reported += s[SumMetric.ReportedRd] + -c[SumMetric.ReportedRd];
            forgone += c[SumMetric.Tax] + -s[SumMetric.Tax];
            relief += s[SumMetric.ReliefSuperDeduction] + s[SumMetric.ReliefHnte] + s[SumMetric.ReliefCredit];
            deadweight += s[SumMetric.Deadweight];
        }
        return new Additionality(real.Value, reported.Value, forgone.Value, relief.Value, deadweight.Value);
    }
}
