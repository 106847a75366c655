using Rdsim.Model.Aggregation;

namespace Rdsim.Reporting.Tables;

/// <summary>
/// The quantities of one world's aggregate in one year: every count and sum the model keeps, plus the ratios analysts
/// read first. The single source of these columns: <c>years.csv</c> has each twice (scenario, and counterfactual with
/// <c>cf_</c>), <c>groups.csv</c> once per world and group, and charts, briefs and calibration read them by these
/// definitions (<see cref="YearsTable.Scenario"/>, <see cref="GroupsTable.Of"/>), never by their names.
/// </summary>
public static class WorldColumns
{
    /// <summary><c>firms</c>: Firms in the population this year (entrants in, exits out).</summary>
    public static readonly WorldMetric Firms = WorldMetric.Count("firms", "firms", "Firms in the population this year (entrants in, exits out)", a => a[CountMetric.Firms]);

    /// <summary><c>rd_performers</c>: Firms that perform R&amp;D.</summary>
    public static readonly WorldMetric RdPerformers = WorldMetric.Count("rd_performers", "firms", "Firms that perform R&D", a => a[CountMetric.RdPerformers]);

    /// <summary><c>hnte_firms</c>: Firms paying the preferential HNTE rate.</summary>
    public static readonly WorldMetric HnteFirms = WorldMetric.Count("hnte_firms", "firms", "Firms paying the preferential HNTE rate", a => a[CountMetric.HnteFirms]);

    /// <summary><c>hnte_eligible</c>: Firms meeting every HNTE criterion but the R&amp;D intensity (high-tech revenue, staff, IP): who could certify.</summary>
    public static readonly WorldMetric HnteEligible = WorldMetric.Count("hnte_eligible", "firms", "Firms meeting every HNTE criterion but the R&D intensity (high-tech revenue, staff, IP): who could certify", a => a[CountMetric.HnteEligible]);

    /// <summary><c>hnte_certificate_holders</c>: Firms holding a valid HNTE certificate, paying the preferential rate this year or not (what national HNTE counts count).</summary>
    public static readonly WorldMetric HnteCertificateHolders = WorldMetric.Count("hnte_certificate_holders", "firms", "Firms holding a valid HNTE certificate, paying the preferential rate this year or not (what national HNTE counts count)", a => a[CountMetric.CertificateHolders]);

    /// <summary><c>hnte_newly_certified</c>: New HNTE certifications (新认定): first ones and new applications after a lapsed certificate.</summary>
    public static readonly WorldMetric HnteNewlyCertified = WorldMetric.Count("hnte_newly_certified", "firms", "New HNTE certifications (新认定): first ones and new applications after a lapsed certificate", a => a[CountMetric.HnteNewlyCertified]);

    /// <summary><c>hnte_recertified</c>: HNTE renewals (复审) of a certificate that ran to the year before.</summary>
    public static readonly WorldMetric HnteRecertified = WorldMetric.Count("hnte_recertified", "firms", "HNTE renewals (复审) of a certificate that ran to the year before", a => a[CountMetric.HnteRecertified]);

    /// <summary><c>claimants</c>: Super-deduction claimants.</summary>
    public static readonly WorldMetric Claimants = WorldMetric.Count("claimants", "firms", "Super-deduction claimants", a => a[CountMetric.Claimants]);

    /// <summary><c>credit_users</c>: Firms earning an R&amp;D tax credit (volume or incremental), used or carried forward.</summary>
    public static readonly WorldMetric CreditUsers = WorldMetric.Count("credit_users", "firms", "Firms earning an R&D tax credit (volume or incremental), used or carried forward", a => a[CountMetric.CreditUsers]);

    /// <summary><c>taxpayers</c>: Firms paying corporate income tax this year.</summary>
    public static readonly WorldMetric Taxpayers = WorldMetric.Count("taxpayers", "firms", "Firms paying corporate income tax this year", a => a[CountMetric.Taxpayers]);

    /// <summary><c>revenue</c>: Revenue.</summary>
    public static readonly WorldMetric Revenue = WorldMetric.Money("revenue", "Revenue", a => a[SumMetric.Revenue].Value);

    /// <summary><c>high_tech_revenue</c>: Revenue from high-tech products.</summary>
    public static readonly WorldMetric HighTechRevenue = WorldMetric.Money("high_tech_revenue", "Revenue from high-tech products", a => a[SumMetric.HighTechRevenue].Value);

    /// <summary>
    /// <c>high_tech_industry_output</c>: Revenue of firms in industries the statistics classify as high-tech (高新技术产业产值): what
    /// published high-tech industry output counts, by industry rather than by product.
    /// </summary>
    public static readonly WorldMetric HighTechIndustryOutput = WorldMetric.Money("high_tech_industry_output", "Revenue of firms in industries the statistics classify as high-tech", a => a[SumMetric.HighTechIndustryRevenue].Value);

    /// <summary><c>real_rd</c>: Real R&amp;D (adds to knowledge).</summary>
    public static readonly WorldMetric RealRd = WorldMetric.Money("real_rd", "Real R&D (adds to knowledge)", a => a[SumMetric.RealRd].Value);

    /// <summary><c>reported_rd</c>: Reported R&amp;D: real plus relabelled.</summary>
    public static readonly WorldMetric ReportedRd = WorldMetric.Money("reported_rd", "Reported R&D: real plus relabelled", a => a[SumMetric.ReportedRd].Value);

    /// <summary><c>relabeled_rd</c>: Ordinary expenses reported as R&amp;D.</summary>
    public static readonly WorldMetric RelabeledRd = WorldMetric.Money("relabeled_rd", "Ordinary expenses reported as R&D", a => a[SumMetric.RelabeledRd].Value);

    /// <summary><c>hnte_relabeled_rd</c>: Ordinary expenses reported as R&amp;D by HNTE firms.</summary>
    public static readonly WorldMetric HnteRelabeledRd = WorldMetric.Money("hnte_relabeled_rd", "Ordinary expenses reported as R&D by HNTE firms", a => a[SumMetric.HnteRelabeledRd].Value);

    /// <summary><c>claimant_reported_rd</c>: Reported R&amp;D of super-deduction claimants.</summary>
    public static readonly WorldMetric ClaimantReportedRd = WorldMetric.Money("claimant_reported_rd", "Reported R&D of super-deduction claimants", a => a[SumMetric.ClaimantReportedRd].Value);

    /// <summary><c>claimant_relabeled_rd</c>: Ordinary expenses reported as R&amp;D by super-deduction claimants (HNTEs among them).</summary>
    public static readonly WorldMetric ClaimantRelabeledRd = WorldMetric.Money("claimant_relabeled_rd", "Ordinary expenses reported as R&D by super-deduction claimants (HNTEs among them)", a => a[SumMetric.ClaimantRelabeledRd].Value);

    /// <summary><c>claimant_relabeled_share</c>: Relabelled share of super-deduction claimants' reported R&amp;D.</summary>
    public static readonly WorldMetric ClaimantRelabeledShare = WorldMetric.Ratio("claimant_relabeled_share", "Relabelled share of super-deduction claimants' reported R&D", a => a[SumMetric.ClaimantRelabeledRd].Value, a => a[SumMetric.ClaimantReportedRd].Value);

    /// <summary><c>rd_intensity</c>: Reported R&amp;D over revenue.</summary>
    public static readonly WorldMetric RdIntensity = WorldMetric.Ratio("rd_intensity", "Reported R&D over revenue", a => a[SumMetric.ReportedRd].Value, a => a[SumMetric.Revenue].Value);

    /// <summary><c>high_tech_share</c>: High-tech revenue over revenue.</summary>
    public static readonly WorldMetric HighTechShare = WorldMetric.Ratio("high_tech_share", "High-tech revenue over revenue", a => a[SumMetric.HighTechRevenue].Value, a => a[SumMetric.Revenue].Value);

    /// <summary><c>high_tech_industry_share</c>: High-tech industry output over revenue (the statistics' 高新技术产业产值比重).</summary>
    public static readonly WorldMetric HighTechIndustryShare = WorldMetric.Ratio("high_tech_industry_share", "High-tech industry output over revenue", a => a[SumMetric.HighTechIndustryRevenue].Value, a => a[SumMetric.Revenue].Value);

    /// <summary><c>hnte_reported_rd</c>: Reported R&amp;D of HNTE firms.</summary>
    public static readonly WorldMetric HnteReportedRd = WorldMetric.Money("hnte_reported_rd", "Reported R&D of HNTE firms", a => a[SumMetric.HnteReportedRd].Value);

    /// <summary><c>hnte_revenue</c>: Revenue of HNTE firms.</summary>
    public static readonly WorldMetric HnteRevenue = WorldMetric.Money("hnte_revenue", "Revenue of HNTE firms", a => a[SumMetric.HnteRevenue].Value);

    /// <summary><c>hnte_relabeled_share</c>: Relabelled share of HNTE firms' reported R&amp;D.</summary>
    public static readonly WorldMetric HnteRelabeledShare = WorldMetric.Ratio("hnte_relabeled_share", "Relabelled share of HNTE firms' reported R&D", a => a[SumMetric.HnteRelabeledRd].Value, a => a[SumMetric.HnteReportedRd].Value);

    /// <summary><c>notch_real_rd</c>: Real R&amp;D HNTE firms added to pass the intensity test.</summary>
    public static readonly WorldMetric NotchRealRd = WorldMetric.Money("notch_real_rd", "Real R&D HNTE firms added to pass the intensity test", a => a[SumMetric.NotchRealRd].Value);

    /// <summary><c>notch_relabeled_rd</c>: Relabelling HNTE firms added to pass the intensity test.</summary>
    public static readonly WorldMetric NotchRelabeledRd = WorldMetric.Money("notch_relabeled_rd", "Relabelling HNTE firms added to pass the intensity test", a => a[SumMetric.NotchRelabeledRd].Value);

    /// <summary><c>notch_relabeled_share</c>: Relabelled share of what HNTE firms added to pass the intensity test.</summary>
    public static readonly WorldMetric NotchRelabeledShare = WorldMetric.Ratio("notch_relabeled_share", "Relabelled share of what HNTE firms added to pass the intensity test",
        a => a[SumMetric.NotchRelabeledRd].Value, a => a[SumMetric.NotchRealRd].Value + a[SumMetric.NotchRelabeledRd].Value);

    /// <summary><c>deducted_amount</c>: Extra deduction claimed, s·(R+L) (加计扣除金额).</summary>
    public static readonly WorldMetric DeductedAmount = WorldMetric.Money("deducted_amount", "Extra deduction claimed, s·(R+L) (加计扣除金额)", a => a[SumMetric.DeductedAmount].Value);

    /// <summary><c>deduction_used_in_year</c>: Part of the extra deduction that lowered this year's taxable income.</summary>
    public static readonly WorldMetric DeductionUsedInYear = WorldMetric.Money("deduction_used_in_year", "Part of the extra deduction that lowered this year's taxable income", a => a[SumMetric.DeductionUsedInYear].Value);

    /// <summary><c>deduction_used_in_year_share</c>: Share of the extra deduction used against this year's income.</summary>
    public static readonly WorldMetric DeductionUsedInYearShare = WorldMetric.Ratio("deduction_used_in_year_share", "Share of the extra deduction used against this year's income", a => a[SumMetric.DeductionUsedInYear].Value, a => a[SumMetric.DeductedAmount].Value);

    /// <summary><c>deduction_used_from_losses</c>: Extra deduction of earlier years, carried as tax losses, used this year.</summary>
    public static readonly WorldMetric DeductionUsedFromLosses = WorldMetric.Money("deduction_used_from_losses", "Extra deduction of earlier years, carried as tax losses, used this year", a => a[SumMetric.DeductionUsedFromLosses].Value);

    /// <summary><c>deduction_expired</c>: Extra deduction of earlier years, carried as tax losses, expired unused this year.</summary>
    public static readonly WorldMetric DeductionExpired = WorldMetric.Money("deduction_expired", "Extra deduction of earlier years, carried as tax losses, expired unused this year", a => a[SumMetric.DeductionExpired].Value);

    /// <summary><c>tax</c>: Corporate income tax paid.</summary>
    public static readonly WorldMetric Tax = WorldMetric.Money("tax", "Corporate income tax paid", a => a[SumMetric.Tax].Value);

    /// <summary><c>relief_super_deduction</c>: Super-deduction relief: standard rate × extra deduction used.</summary>
    public static readonly WorldMetric ReliefSuperDeduction = WorldMetric.Money("relief_super_deduction", "Super-deduction relief: standard rate × extra deduction used", a => a[SumMetric.ReliefSuperDeduction].Value);

    /// <summary><c>relief_hnte</c>: HNTE rate relief: (standard − preferential rate) × taxable income.</summary>
    public static readonly WorldMetric ReliefHnte = WorldMetric.Money("relief_hnte", "HNTE rate relief: (standard − preferential rate) × taxable income", a => a[SumMetric.ReliefHnte].Value);

    /// <summary><c>relief_credit</c>: Credit relief: credits used (non-refundable).</summary>
    public static readonly WorldMetric ReliefCredit = WorldMetric.Money("relief_credit", "Credit relief: credits used (non-refundable)", a => a[SumMetric.ReliefCredit].Value);

    /// <summary><c>relief_total</c>: Relief from every instrument.</summary>
    public static readonly WorldMetric ReliefTotal = WorldMetric.Number("relief_total", "mn CNY", "Relief from every instrument", a => a.TotalRelief);

    /// <summary><c>compliance_cost</c>: Compliance costs of certification and claiming.</summary>
    public static readonly WorldMetric ComplianceCost = WorldMetric.Money("compliance_cost", "Compliance costs of certification and claiming", a => a[SumMetric.ComplianceCost].Value);

    /// <summary><c>certification_subsidy</c>: Local rewards paid for new HNTE certifications (spending, not tax forgone; not in revenue_forgone).</summary>
    public static readonly WorldMetric CertificationSubsidy = WorldMetric.Money("certification_subsidy", "Local rewards paid for new HNTE certifications (spending, not tax forgone; not in revenue_forgone)", a => a[SumMetric.CertificationSubsidy].Value);

    /// <summary><c>mean_b_index</c>: R&amp;D-weighted mean B-index; 1 = neutral tax.</summary>
    public static readonly WorldMetric MeanBIndex = WorldMetric.Number("mean_b_index", "index", "R&D-weighted mean B-index; 1 = neutral tax", a => a.MeanBIndex);

    /// <summary><c>mean_marginal_tax_rate</c>: R&amp;D-weighted mean of the marginal tax rate firms planned R&amp;D with.</summary>
    public static readonly WorldMetric MeanMarginalTaxRate = WorldMetric.Number("mean_marginal_tax_rate", "fraction", "R&D-weighted mean of the marginal tax rate firms planned R&D with", a => a.MeanMarginalTaxRate);

    /// <summary><c>knowledge</c>: Knowledge (R&amp;D capital) stock.</summary>
    public static readonly WorldMetric Knowledge = WorldMetric.Money("knowledge", "Knowledge (R&D capital) stock", a => a[SumMetric.Knowledge].Value);

    /// <summary><c>patents</c>: Patents granted.</summary>
    public static readonly WorldMetric Patents = WorldMetric.Count("patents", "patents", "Patents granted", a => a[CountMetric.Patents]);

    /// <summary><c>invention_patents</c>: Invention patents granted.</summary>
    public static readonly WorldMetric InventionPatents = WorldMetric.Count("invention_patents", "patents", "Invention patents granted", a => a[CountMetric.InventionPatents]);

    /// <summary>Every quantity, in file order.</summary>
    public static IReadOnlyList<WorldMetric> All { get; } =
    [
        Firms,
        RdPerformers,
        HnteFirms,
        HnteEligible,
        HnteCertificateHolders,
        HnteNewlyCertified,
        HnteRecertified,
        Claimants,
        CreditUsers,
        Taxpayers,
        Revenue,
        HighTechRevenue,
        HighTechIndustryOutput,
        RealRd,
        ReportedRd,
        RelabeledRd,
        HnteRelabeledRd,
        ClaimantReportedRd,
        ClaimantRelabeledRd,
        ClaimantRelabeledShare,
        RdIntensity,
        HighTechShare,
        HighTechIndustryShare,
        HnteReportedRd,
        HnteRevenue,
        HnteRelabeledShare,
        NotchRealRd,
        NotchRelabeledRd,
        NotchRelabeledShare,
        DeductedAmount,
        DeductionUsedInYear,
        DeductionUsedInYearShare,
        DeductionUsedFromLosses,
        DeductionExpired,
        Tax,
        ReliefSuperDeduction,
        ReliefHnte,
        ReliefCredit,
        ReliefTotal,
        ComplianceCost,
        CertificationSubsidy,
        MeanBIndex,
        MeanMarginalTaxRate,
        Knowledge,
        Patents,
        InventionPatents,
    ];

    /// <summary>The columns of every quantity, reading an aggregate through <paramref name="select"/>, named with <paramref name="prefix"/>.</summary>
    public static IEnumerable<Column<TRow>> For<TRow>(string prefix, string world, Func<TRow, YearAggregate> select) =>
        All.Select(m => m.AsColumn(prefix, world, select));
}
