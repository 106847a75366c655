namespace Rdsim.Model.Firms;

/// <summary>What one firm did and paid in one year: the input to every aggregate. Money in mn CNY.</summary>
public readonly record struct FirmYearOutcome
{
    /// <summary>
    /// Whether the firm was in the population this year (<see cref="FirmTraits.ActiveIn"/>); an inactive firm's
    /// outcome is all zeros and is left out of every aggregate.
    /// </summary>
    public bool IsActive { get; init; }
    /// <summary>Revenue.</summary>
    public double Revenue { get; init; }
    /// <summary>High-tech products' revenue.</summary>
    public double HighTechRevenue { get; init; }
    /// <summary>Revenue of a firm the statistics classify in a high-tech industry (<see cref="FirmTraits.InHighTechIndustry"/>), else 0.</summary>
    public double HighTechIndustryRevenue { get; init; }
    /// <summary>Real R&amp;D (adds to knowledge).</summary>
    public double RealRd { get; init; }
    /// <summary>Reported R&amp;D: real plus relabelled.</summary>
    public double ReportedRd { get; init; }
    /// <summary>Ordinary expenses reported as R&amp;D.</summary>
    public double RelabeledRd { get; init; }
    /// <summary>Real R&amp;D added beyond the plan to pass the HNTE intensity test (part of <see cref="RealRd"/>).</summary>
    public double NotchRealRd { get; init; }
    /// <summary>Relabelling added to pass the HNTE intensity test (part of <see cref="RelabeledRd"/>).</summary>
    public double NotchRelabeledRd { get; init; }
    /// <summary>Reported R&amp;D over revenue on the HNTE test's 3-year window.</summary>
    public double WindowIntensity { get; init; }
    /// <summary>Whether the firm performs R&amp;D.</summary>
    public bool IsPerformer { get; init; }
    /// <summary>Whether the preferential HNTE rate applied this year.</summary>
    public bool IsHnte { get; init; }
    /// <summary>
    /// Whether the firm met every HNTE criterion but the R&amp;D intensity this year (high-tech revenue, staff, IP): the
    /// firms that could be HNTEs if they chose to meet the intensity test.
    /// </summary>
    public bool MeetsHnteOtherCriteria { get; init; }
    /// <summary>
    /// Certified this year by a new application (新认定): a first certification, or one after an earlier certificate
    /// lapsed (under the 2008 rules a firm whose certificate expired without renewal applies afresh).
    /// </summary>
    public bool NewlyCertified { get; init; }
    /// <summary>Certified this year by renewing (复审) a certificate that ran to last year.</summary>
    public bool Recertified { get; init; }
    /// <summary>
    /// Holds an HNTE certificate valid this year (after this year's certification), whether or not it pays the
    /// preferential rate this year: what national HNTE counts count.
    /// </summary>
    public bool HoldsCertificate { get; init; }
    /// <summary>Claimed the super-deduction this year.</summary>
    public bool IsClaimant { get; init; }
    /// <summary>Earned an R&amp;D tax credit this year (volume or incremental), whether or not it could use it yet.</summary>
    public bool EarnsCredit { get; init; }
    /// <summary>The extra deduction claimed, s·(R+L) (Chinese statistics' "加计扣除金额").</summary>
    public double DeductedAmount { get; init; }
    /// <summary>The part of <see cref="DeductedAmount"/> that lowered this year's taxable income.</summary>
    public double DeductionUsedInYear { get; init; }
    /// <summary>Extra deduction of earlier years, carried as tax losses, used against income this year.</summary>
    public double DeductionUsedFromLosses { get; init; }
    /// <summary>Extra deduction of earlier years, carried as tax losses, that expired unused this year.</summary>
    public double DeductionExpired { get; init; }
    /// <summary>Corporate income tax paid.</summary>
    public double Tax { get; init; }
    /// <summary>Relief from the super-deduction: the standard rate times the extra deduction used against positive income.</summary>
    public double ReliefSuperDeduction { get; init; }
    /// <summary>Relief from the HNTE rate: (standard − preferential rate) × taxable income.</summary>
    public double ReliefHnte { get; init; }
    /// <summary>Relief from volume and incremental credits actually used.</summary>
    public double ReliefCredit { get; init; }
    /// <summary>Compliance costs paid: certification and claiming.</summary>
    public double ComplianceCost { get; init; }
    /// <summary>A local government's reward for a new HNTE certification (hnte.certificationSubsidy), received this year.</summary>
    public double CertificationSubsidy { get; init; }
    /// <summary>The B-index the firm faced.</summary>
    public double BIndex { get; init; }
    /// <summary>The marginal tax rate the firm planned its R&amp;D with (docs/model.md §4 step 3).</summary>
    public double MarginalTaxRate { get; init; }
    /// <summary>Knowledge stock at year end.</summary>
    public double Knowledge { get; init; }
    /// <summary>Patents granted this year (all kinds).</summary>
    public int Patents { get; init; }
    /// <summary>Invention patents granted this year (part of <see cref="Patents"/>).</summary>
    public int InventionPatents { get; init; }

    /// <summary>Reported R&amp;D over this year's revenue: the intensity tax data record (0 without revenue).</summary>
    public double AnnualIntensity => Revenue > 0 ? ReportedRd / Revenue : 0;

    /// <summary>Total relief from every instrument.</summary>
    public double TotalRelief => ReliefSuperDeduction + ReliefHnte + ReliefCredit;
}
