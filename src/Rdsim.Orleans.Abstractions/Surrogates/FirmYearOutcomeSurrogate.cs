using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>The wire form of one firm-year's outcome (<see cref="FirmYearOutcome"/>): every member, bit for bit.</summary>
/// <param name="Revenue">See <see cref="FirmYearOutcome.Revenue"/>.</param>
/// <param name="HighTechRevenue">See <see cref="FirmYearOutcome.HighTechRevenue"/>.</param>
/// <param name="RealRd">See <see cref="FirmYearOutcome.RealRd"/>.</param>
/// <param name="ReportedRd">See <see cref="FirmYearOutcome.ReportedRd"/>.</param>
/// <param name="RelabeledRd">See <see cref="FirmYearOutcome.RelabeledRd"/>.</param>
/// <param name="WindowIntensity">See <see cref="FirmYearOutcome.WindowIntensity"/>.</param>
/// <param name="IsPerformer">See <see cref="FirmYearOutcome.IsPerformer"/>.</param>
/// <param name="IsHnte">See <see cref="FirmYearOutcome.IsHnte"/>.</param>
/// <param name="NewlyCertified">See <see cref="FirmYearOutcome.NewlyCertified"/>.</param>
/// <param name="Recertified">See <see cref="FirmYearOutcome.Recertified"/>.</param>
/// <param name="IsClaimant">See <see cref="FirmYearOutcome.IsClaimant"/>.</param>
/// <param name="DeductedAmount">See <see cref="FirmYearOutcome.DeductedAmount"/>.</param>
/// <param name="Tax">See <see cref="FirmYearOutcome.Tax"/>.</param>
/// <param name="ReliefSuperDeduction">See <see cref="FirmYearOutcome.ReliefSuperDeduction"/>.</param>
/// <param name="ReliefHnte">See <see cref="FirmYearOutcome.ReliefHnte"/>.</param>
/// <param name="ReliefCredit">See <see cref="FirmYearOutcome.ReliefCredit"/>.</param>
/// <param name="ComplianceCost">See <see cref="FirmYearOutcome.ComplianceCost"/>.</param>
/// <param name="BIndex">See <see cref="FirmYearOutcome.BIndex"/>.</param>
/// <param name="Knowledge">See <see cref="FirmYearOutcome.Knowledge"/>.</param>
/// <param name="Patents">See <see cref="FirmYearOutcome.Patents"/>.</param>
/// <param name="InventionPatents">See <see cref="FirmYearOutcome.InventionPatents"/>.</param>
/// <param name="IsActive">See <see cref="FirmYearOutcome.IsActive"/>.</param>
/// <param name="EarnsCredit">See <see cref="FirmYearOutcome.EarnsCredit"/>.</param>
/// <param name="DeductionUsedInYear">See <see cref="FirmYearOutcome.DeductionUsedInYear"/>.</param>
/// <param name="DeductionUsedFromLosses">See <see cref="FirmYearOutcome.DeductionUsedFromLosses"/>.</param>
/// <param name="DeductionExpired">See <see cref="FirmYearOutcome.DeductionExpired"/>.</param>
/// <param name="MarginalTaxRate">See <see cref="FirmYearOutcome.MarginalTaxRate"/>.</param>
/// <param name="NotchRealRd">See <see cref="FirmYearOutcome.NotchRealRd"/>.</param>
/// <param name="NotchRelabeledRd">See <see cref="FirmYearOutcome.NotchRelabeledRd"/>.</param>
/// <param name="HoldsCertificate">See <see cref="FirmYearOutcome.HoldsCertificate"/>.</param>
/// <param name="CertificationSubsidy">See <see cref="FirmYearOutcome.CertificationSubsidy"/>.</param>
/// <param name="MeetsHnteOtherCriteria">See <see cref="FirmYearOutcome.MeetsHnteOtherCriteria"/>.</param>
/// <param name="HighTechIndustryRevenue">See <see cref="FirmYearOutcome.HighTechIndustryRevenue"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.FirmYearOutcome")]
public readonly record struct FirmYearOutcomeSurrogate(
    [property: Id(0)] double Revenue,
    [property: Id(1)] double HighTechRevenue,
    [property: Id(2)] double RealRd,
    [property: Id(3)] double ReportedRd,
    [property: Id(4)] double RelabeledRd,
    [property: Id(5)] double WindowIntensity,
    [property: Id(6)] bool IsPerformer,
    [property: Id(7)] bool IsHnte,
    [property: Id(8)] bool NewlyCertified,
    [property: Id(9)] bool Recertified,
    [property: Id(10)] bool IsClaimant,
    [property: Id(11)] double DeductedAmount,
    [property: Id(12)] double Tax,
    [property: Id(13)] double ReliefSuperDeduction,
    [property: Id(14)] double ReliefHnte,
    [property: Id(15)] double ReliefCredit,
    [property: Id(16)] double ComplianceCost,
    [property: Id(17)] double BIndex,
    [property: Id(18)] double Knowledge,
    [property: Id(19)] int Patents,
    [property: Id(20)] int InventionPatents,
    [property: Id(21)] bool IsActive,
    [property: Id(22)] bool EarnsCredit,
    [property: Id(23)] double DeductionUsedInYear,
    [property: Id(24)] double DeductionUsedFromLosses,
    [property: Id(25)] double DeductionExpired,
    [property: Id(26)] double MarginalTaxRate,
    [property: Id(27)] double NotchRealRd,
    [property: Id(28)] double NotchRelabeledRd,
    [property: Id(29)] bool HoldsCertificate,
    [property: Id(30)] double CertificationSubsidy,
    [property: Id(31)] bool MeetsHnteOtherCriteria,
    [property: Id(32)] double HighTechIndustryRevenue);
