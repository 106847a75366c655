using Rdsim.Model.Aggregation;

namespace Rdsim.Reporting.Tables;

/// <summary>
/// The columns that describe one world's aggregate in one year: every count and sum the model keeps,
/// plus the ratios analysts read first. Shared by <c>years.csv</c> (twice: scenario and counterfactual)
/// and <c>groups.csv</c>.
/// </summary>
public static class WorldColumns
{
    /// <summary>The columns, reading an aggregate through <paramref name="select"/>, named with <paramref name="prefix"/>.</summary>
    public static IEnumerable<Column<TRow>> For<TRow>(string prefix, string world, Func<TRow, YearAggregate> select)
    {
        Column<TRow> Count(string name, string unit, string text, CountMetric metric) =>
            new(prefix + name, unit, $"{text} ({world})", r => CsvText.Integer(select(r)[metric]));
        Column<TRow> Sum(string name, string text, SumMetric metric) =>
            new(prefix + name, "mn CNY", $"{text} ({world})", r => CsvText.Number(select(r)[metric].Value));
        Column<TRow> Ratio(string name, string text, Func<YearAggregate, double> numerator, Func<YearAggregate, double> denominator) =>
            new(prefix + name, "fraction", $"{text} ({world})", r => CsvText.Ratio(numerator(select(r)), denominator(select(r))));

        yield return Count("firms", "firms", "Firms in the population this year (entrants in, exits out)", CountMetric.Firms);
        yield return Count("rd_performers", "firms", "Firms that perform R&D", CountMetric.RdPerformers);
        yield return Count("hnte_firms", "firms", "Firms paying the preferential HNTE rate", CountMetric.HnteFirms);
        yield return Count("hnte_eligible", "firms", "Firms meeting every HNTE criterion but the R&D intensity (high-tech revenue, staff, IP): who could certify", CountMetric.HnteEligible);
        yield return Count("hnte_certificate_holders", "firms", "Firms holding a valid HNTE certificate, paying the preferential rate this year or not (what national HNTE counts count)", CountMetric.CertificateHolders);
        yield return Count("hnte_newly_certified", "firms", "New HNTE certifications (新认定): first ones and new applications after a lapsed certificate", CountMetric.HnteNewlyCertified);
        yield return Count("hnte_recertified", "firms", "HNTE renewals (复审) of a certificate that ran to the year before", CountMetric.HnteRecertified);
        yield return Count("claimants", "firms", "Super-deduction claimants", CountMetric.Claimants);
        yield return Count("credit_users", "firms", "Firms earning an R&D tax credit (volume or incremental), used or carried forward", CountMetric.CreditUsers);
        yield return Count("taxpayers", "firms", "Firms paying corporate income tax this year", CountMetric.Taxpayers);
        yield return Sum("revenue", "Revenue", SumMetric.Revenue);
        yield return Sum("high_tech_revenue", "Revenue from high-tech products", SumMetric.HighTechRevenue);
        yield return Sum("real_rd", "Real R&D (adds to knowledge)", SumMetric.RealRd);
        yield return Sum("reported_rd", "Reported R&D: real plus relabelled", SumMetric.ReportedRd);
        yield return Sum("relabeled_rd", "Ordinary expenses reported as R&D", SumMetric.RelabeledRd);
        yield return Sum("hnte_relabeled_rd", "Ordinary expenses reported as R&D by HNTE firms", SumMetric.HnteRelabeledRd);
        yield return Sum("claimant_reported_rd", "Reported R&D of super-deduction claimants", SumMetric.ClaimantReportedRd);
        yield return Sum("claimant_relabeled_rd", "Ordinary expenses reported as R&D by super-deduction claimants (HNTEs among them)", SumMetric.ClaimantRelabeledRd);
        yield return Ratio("claimant_relabeled_share", "Relabelled share of super-deduction claimants' reported R&D", a => a[SumMetric.ClaimantRelabeledRd].Value, a => a[SumMetric.ClaimantReportedRd].Value);
        yield return Ratio("rd_intensity", "Reported R&D over revenue", a => a[SumMetric.ReportedRd].Value, a => a[SumMetric.Revenue].Value);
        yield return Ratio("high_tech_share", "High-tech revenue over revenue", a => a[SumMetric.HighTechRevenue].Value, a => a[SumMetric.Revenue].Value);
        yield return Sum("hnte_reported_rd", "Reported R&D of HNTE firms", SumMetric.HnteReportedRd);
        yield return Sum("hnte_revenue", "Revenue of HNTE firms", SumMetric.HnteRevenue);
        yield return Ratio("hnte_relabeled_share", "Relabelled share of HNTE firms' reported R&D", a => a[SumMetric.HnteRelabeledRd].Value, a => a[SumMetric.HnteReportedRd].Value);
        yield return Sum("notch_real_rd", "Real R&D HNTE firms added to pass the intensity test", SumMetric.NotchRealRd);
        yield return Sum("notch_relabeled_rd", "Relabelling HNTE firms added to pass the intensity test", SumMetric.NotchRelabeledRd);
        yield return Ratio("notch_relabeled_share", "Relabelled share of what HNTE firms added to pass the intensity test", a => a[SumMetric.NotchRelabeledRd].Value,
            a => a[SumMetric.NotchRealRd].Value + a[SumMetric.NotchRelabeledRd].Value);
        yield return Sum("deducted_amount", "Extra deduction claimed, s·(R+L) (加计扣除金额)", SumMetric.DeductedAmount);
        yield return Sum("deduction_used_in_year", "Part of the extra deduction that lowered this year's taxable income", SumMetric.DeductionUsedInYear);
        yield return Ratio("deduction_used_in_year_share", "Share of the extra deduction used against this year's income", a => a[SumMetric.DeductionUsedInYear].Value, a => a[SumMetric.DeductedAmount].Value);
        yield return Sum("deduction_used_from_losses", "Extra deduction of earlier years, carried as tax losses, used this year", SumMetric.DeductionUsedFromLosses);
        yield return Sum("deduction_expired", "Extra deduction of earlier years, carried as tax losses, expired unused this year", SumMetric.DeductionExpired);
        yield return Sum("tax", "Corporate income tax paid", SumMetric.Tax);
        yield return Sum("relief_super_deduction", "Super-deduction relief: standard rate × extra deduction used", SumMetric.ReliefSuperDeduction);
        yield return Sum("relief_hnte", "HNTE rate relief: (standard − preferential rate) × taxable income", SumMetric.ReliefHnte);
        yield return Sum("relief_credit", "Credit relief: credits used (non-refundable)", SumMetric.ReliefCredit);
        yield return new(prefix + "relief_total", "mn CNY", $"Relief from every instrument ({world})", r => CsvText.Number(select(r).TotalRelief));
        yield return Sum("compliance_cost", "Compliance costs of certification and claiming", SumMetric.ComplianceCost);
        yield return Sum("certification_subsidy", "Local rewards paid for new HNTE certifications (spending, not tax forgone; not in revenue_forgone)", SumMetric.CertificationSubsidy);
        yield return new(prefix + "mean_b_index", "index", $"R&D-weighted mean B-index; 1 = neutral tax ({world})", r => CsvText.Number(select(r).MeanBIndex));
        yield return new(prefix + "mean_marginal_tax_rate", "fraction", $"R&D-weighted mean of the marginal tax rate firms planned R&D with ({world})", r => CsvText.Number(select(r).MeanMarginalTaxRate));
        yield return Sum("knowledge", "Knowledge (R&D capital) stock", SumMetric.Knowledge);
        yield return Count("patents", "patents", "Patents granted", CountMetric.Patents);
        yield return Count("invention_patents", "patents", "Invention patents granted", CountMetric.InventionPatents);
    }
}
