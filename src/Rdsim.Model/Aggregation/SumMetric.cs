namespace Rdsim.Model.Aggregation;

/// <summary>Money and stock sums (mn CNY) kept by a <see cref="YearAggregate"/>.</summary>
public enum SumMetric
{
    /// <summary>Revenue.</summary>
    Revenue,
    /// <summary>High-tech products' revenue.</summary>
    HighTechRevenue,
    /// <summary>Revenue of firms in a high-tech industry (what the statistics' high-tech industry output counts).</summary>
    HighTechIndustryRevenue,
    /// <summary>Real R&amp;D.</summary>
    RealRd,
    /// <summary>Reported R&amp;D (real plus relabelled).</summary>
    ReportedRd,
    /// <summary>Ordinary expenses reported as R&amp;D.</summary>
    RelabeledRd,
    /// <summary>Reported R&amp;D of firms at the HNTE rate.</summary>
    HnteReportedRd,
    /// <summary>Revenue of firms at the HNTE rate.</summary>
    HnteRevenue,
    /// <summary>Extra deduction claimed, s·(R+L).</summary>
    DeductedAmount,
    /// <summary>Corporate income tax paid.</summary>
    Tax,
    /// <summary>Relief from the super-deduction.</summary>
    ReliefSuperDeduction,
    /// <summary>Relief from the HNTE rate.</summary>
    ReliefHnte,
    /// <summary>Relief from credits.</summary>
    ReliefCredit,
    /// <summary>Compliance costs of certification and claiming.</summary>
    ComplianceCost,
    /// <summary>Σ B·R, the numerator of the R&amp;D-weighted mean B-index.</summary>
    BIndexTimesRd,
    /// <summary>Knowledge stock.</summary>
    Knowledge,
    /// <summary>Relief paid for R&amp;D that would have happened anyway (scenario world, when paired).</summary>
    Deadweight,
    /// <summary>Ordinary expenses reported as R&amp;D by firms at the HNTE rate.</summary>
    HnteRelabeledRd,
    /// <summary>Ordinary expenses reported as R&amp;D by super-deduction claimants (HNTEs among them).</summary>
    ClaimantRelabeledRd,
    /// <summary>The part of the extra deduction that lowered the year's taxable income.</summary>
    DeductionUsedInYear,
    /// <summary>Extra deduction of earlier years, carried as losses, used against this year's income.</summary>
    DeductionUsedFromLosses,
    /// <summary>Extra deduction of earlier years, carried as losses, expired unused this year.</summary>
    DeductionExpired,
    /// <summary>Σ τ_m·R, the numerator of the R&amp;D-weighted mean marginal tax rate firms planned with.</summary>
    MarginalTaxTimesRd,
    /// <summary>Σ over firm-years at the HNTE rate in the scenario of reported R&amp;D minus the counterfactual's (scenario world, when paired).</summary>
    InducedReportedRdHnte,
    /// <summary>
    /// Σ over firm-years that would pay no tax without the incentives (counterfactual tax 0) of real R&amp;D minus the
    /// counterfactual's (scenario world, when paired).
    /// </summary>
    InducedRealRdNonTaxpayers,
    /// <summary>Σ over the same firm-years of counterfactual tax minus scenario tax (scenario world, when paired).</summary>
    RevenueForgoneNonTaxpayers,
    /// <summary>Real R&amp;D added to pass the HNTE intensity test.</summary>
    NotchRealRd,
    /// <summary>Relabelling added to pass the HNTE intensity test.</summary>
    NotchRelabeledRd,
    /// <summary>Reported R&amp;D of super-deduction claimants.</summary>
    ClaimantReportedRd,
    /// <summary>Local rewards paid for new HNTE certifications (government spending, not tax forgone).</summary>
    CertificationSubsidy,
}
