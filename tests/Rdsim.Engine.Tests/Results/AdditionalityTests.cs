using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;

namespace Rdsim.Engine.Tests.Results;

/// <summary>What the incentives bought: the scenario world against the counterfactual on the same firms, summed exactly over years.</summary>
public sealed class AdditionalityTests
{
    /// <summary>An aggregate holding only the given sums (mn CNY).</summary>
    private static YearAggregate With(params (SumMetric Metric, double Value)[] sums)
    {
        var raw = new Int128[Enum.GetValues<SumMetric>().Length];
        foreach (var (metric, value) in sums) raw[(int)metric] = ExactSum.Of(value).Raw;
        return new YearAggregate(new long[Enum.GetValues<CountMetric>().Length], raw);
    }

    [Fact]
    public void Induced_rd_and_revenue_forgone_are_scenario_minus_counterfactual_and_tax_the_other_way()
    {
        var scenario = With((SumMetric.RealRd, 120), (SumMetric.ReportedRd, 150), (SumMetric.Tax, 70), (SumMetric.ReliefSuperDeduction, 20),
            (SumMetric.ReliefHnte, 8), (SumMetric.ReliefCredit, 2), (SumMetric.Deadweight, 18));
        var counterfactual = With((SumMetric.RealRd, 100), (SumMetric.ReportedRd, 100), (SumMetric.Tax, 95));

        var a = Additionality.Of([(scenario, counterfactual)]);

        Assert.Equal((20.0, 50.0, 25.0, 30.0, 18.0), (a.InducedRealRd, a.InducedReportedRd, a.RevenueForgone, a.TotalRelief, a.Deadweight));
        Assert.Equal(0.8, a.BangForBuck, 12);
        Assert.Equal(0.6, a.InducedRelabeledShare, 12);
    }

    [Fact]
    public void Over_several_years_the_sums_are_the_same_in_any_order_and_ratios_are_of_the_sums()
    {
        var year1 = (With((SumMetric.RealRd, 0.1), (SumMetric.Tax, 1)), With((SumMetric.Tax, 1.2)));
        var year2 = (With((SumMetric.RealRd, 0.2), (SumMetric.Tax, 1)), With((SumMetric.Tax, 1.1)));
        var year3 = (With((SumMetric.RealRd, 1e9)), With((SumMetric.RealRd, 1e9)));

        var both = Additionality.Of([year1, year2, year3]);

        // Fixed-point sums: in floating point (0.1 + 0.2) + 1e9 − 1e9 and 0.1 + (0.2 + 1e9 − 1e9) differ; here no order does.
        Assert.Equal(both, Additionality.Of([year3, year2, year1]));
        Assert.Equal(0.3, both.InducedRealRd, 11);
        Assert.Equal(0.3, both.RevenueForgone, 11);
        Assert.Equal(1, both.BangForBuck, 12);
        Assert.True(double.IsNaN(Additionality.Of([(With(), With())]).BangForBuck), "nothing forgone: no ratio");
    }

    [Fact]
    public void Where_the_incentives_forgo_no_revenue_there_is_no_bang_for_the_buck()
    {
        // Before: a group whose firms paid more tax with the incentives got a negative bang for the buck (tobacco −1.44).
        var scenario = With((SumMetric.RealRd, 120), (SumMetric.Tax, 102));
        var counterfactual = With((SumMetric.RealRd, 100), (SumMetric.Tax, 100));

        var a = Additionality.Of([(scenario, counterfactual)]);

        Assert.Equal(-2, a.RevenueForgone, 12);
        Assert.True(double.IsNaN(a.BangForBuck), "revenue gained, not forgone: no ratio");
        Assert.True(double.IsNaN(a.BangForBuckTaxpayers));
        Assert.Equal(4, Additionality.PerYuanForgone(2, 0.5), 12);
        Assert.True(double.IsNaN(Additionality.PerYuanForgone(2, 0)));
    }
}
