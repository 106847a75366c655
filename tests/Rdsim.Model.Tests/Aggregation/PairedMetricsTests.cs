using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;

namespace Rdsim.Model.Tests.Aggregation;

/// <summary>The metrics that need a firm-year in both worlds: deadweight, HNTE response, and the split by tax status.</summary>
public class PairedMetricsTests
{
    [Fact]
    public void Induced_RD_and_revenue_forgone_of_firm_years_that_would_pay_no_tax_are_kept_apart()
    {
        var aggregate = new YearAggregate();
        // A firm that would pay no tax without incentives (counterfactual tax 0): its induced R&D is counted apart.
        aggregate.AddPaired(new FirmYearOutcome { RealRd = 12, ReportedRd = 12, Tax = 0 }, new FirmYearOutcome { RealRd = 10, ReportedRd = 10, Tax = 0 }, 1);
        // A taxpayer: counted only in the totals (from the aggregates of both worlds).
        aggregate.AddPaired(new FirmYearOutcome { RealRd = 30, ReportedRd = 30, Tax = 5 }, new FirmYearOutcome { RealRd = 25, ReportedRd = 25, Tax = 7 }, 1);

        Assert.Equal(2, aggregate[SumMetric.InducedRealRdNonTaxpayers].Value, 9);
        Assert.Equal(0, aggregate[SumMetric.RevenueForgoneNonTaxpayers].Value, 9);
    }

    [Fact]
    public void The_HNTE_response_is_reported_minus_the_counterfactual_over_HNTE_firm_years()
    {
        var aggregate = new YearAggregate();
        aggregate.AddPaired(new FirmYearOutcome { IsHnte = true, RealRd = 3.5, ReportedRd = 4, RelabeledRd = 0.5 }, new FirmYearOutcome { RealRd = 3, ReportedRd = 3 }, 1);
        aggregate.AddPaired(new FirmYearOutcome { RealRd = 9, ReportedRd = 9 }, new FirmYearOutcome { RealRd = 8, ReportedRd = 8 }, 1);
        Assert.Equal(1, aggregate[SumMetric.InducedReportedRdHnte].Value, 9);
    }

    [Fact]
    public void Relabelling_is_counted_for_HNTEs_and_for_claimants()
    {
        var aggregate = new YearAggregate();
        aggregate.Add(new FirmYearOutcome { IsActive = true, IsHnte = true, IsClaimant = true, RelabeledRd = 2, ReportedRd = 10 }, 1);
        aggregate.Add(new FirmYearOutcome { IsActive = true, IsClaimant = true, RelabeledRd = 1, ReportedRd = 5 }, 1);
        aggregate.Add(new FirmYearOutcome { IsActive = true, RelabeledRd = 0.25, ReportedRd = 1 }, 1);
        Assert.Equal(2, aggregate[SumMetric.HnteRelabeledRd].Value, 9);
        Assert.Equal(3, aggregate[SumMetric.ClaimantRelabeledRd].Value, 9);
        Assert.Equal(15, aggregate[SumMetric.ClaimantReportedRd].Value, 9);
        Assert.Equal(3.25, aggregate[SumMetric.RelabeledRd].Value, 9);
    }

    [Fact]
    public void Annual_and_window_histograms_count_firms_by_their_own_measure_and_HNTEs_apart()
    {
        var breakdown = new YearBreakdown();
        breakdown.Add(new FirmYearOutcome { IsActive = true, IsHnte = true, Revenue = 100, ReportedRd = 3, WindowIntensity = 0.04 }, 0, 0, TaxStatus.Taxpaying, 1);
        breakdown.Add(new FirmYearOutcome { IsActive = true, Revenue = 100, ReportedRd = 2, WindowIntensity = 0.02 }, 0, 0, TaxStatus.Taxpaying, 1);
        Assert.Equal(1, breakdown.Count(HistogramKind.AnnualAll, 30));
        Assert.Equal(1, breakdown.Count(HistogramKind.AnnualHnte, 30));
        Assert.Equal(1, breakdown.Count(HistogramKind.WindowAll, 40));
        Assert.Equal(1, breakdown.Count(HistogramKind.WindowHnte, 40));
        Assert.Equal(1, breakdown.Count(HistogramKind.AnnualAll, 20));
        Assert.Equal(0, breakdown.Count(HistogramKind.AnnualHnte, 20));
    }
}
