using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts one firm-year's outcome to and from its wire form.</summary>
[RegisterConverter]
public sealed class FirmYearOutcomeConverter : IConverter<FirmYearOutcome, FirmYearOutcomeSurrogate>
{
    /// <inheritdoc />
    public FirmYearOutcome ConvertFromSurrogate(in FirmYearOutcomeSurrogate s) => new()
    {
        Revenue = s.Revenue,
        HighTechRevenue = s.HighTechRevenue,
        RealRd = s.RealRd,
        ReportedRd = s.ReportedRd,
        RelabeledRd = s.RelabeledRd,
        WindowIntensity = s.WindowIntensity,
        IsPerformer = s.IsPerformer,
        IsHnte = s.IsHnte,
        NewlyCertified = s.NewlyCertified,
        Recertified = s.Recertified,
        IsClaimant = s.IsClaimant,
        EarnsCredit = s.EarnsCredit,
        DeductedAmount = s.DeductedAmount,
        Tax = s.Tax,
        ReliefSuperDeduction = s.ReliefSuperDeduction,
        ReliefHnte = s.ReliefHnte,
        ReliefCredit = s.ReliefCredit,
        ComplianceCost = s.ComplianceCost,
        BIndex = s.BIndex,
        Knowledge = s.Knowledge,
        Patents = s.Patents,
        InventionPatents = s.InventionPatents,
        IsActive = s.IsActive,
        DeductionUsedInYear = s.DeductionUsedInYear,
        DeductionUsedFromLosses = s.DeductionUsedFromLosses,
        DeductionExpired = s.DeductionExpired,
        MarginalTaxRate = s.MarginalTaxRate,
        NotchRealRd = s.NotchRealRd,
        NotchRelabeledRd = s.NotchRelabeledRd,
        HoldsCertificate = s.HoldsCertificate,
        CertificationSubsidy = s.CertificationSubsidy,
        MeetsHnteOtherCriteria = s.MeetsHnteOtherCriteria,
        HighTechIndustryRevenue = s.HighTechIndustryRevenue,
    };

    /// <inheritdoc />
    public FirmYearOutcomeSurrogate ConvertToSurrogate(in FirmYearOutcome v) => new(v.Revenue, v.HighTechRevenue, v.RealRd, v.ReportedRd, v.RelabeledRd, v.WindowIntensity, v.IsPerformer, v.IsHnte, v.NewlyCertified, v.Recertified, v.IsClaimant, v.DeductedAmount, v.Tax, v.ReliefSuperDeduction, v.ReliefHnte, v.ReliefCredit, v.ComplianceCost, v.BIndex, v.Knowledge, v.Patents, v.InventionPatents, v.IsActive, v.EarnsCredit,
        v.DeductionUsedInYear, v.DeductionUsedFromLosses, v.DeductionExpired, v.MarginalTaxRate, v.NotchRealRd, v.NotchRelabeledRd, v.HoldsCertificate, v.CertificationSubsidy, v.MeetsHnteOtherCriteria,
        v.HighTechIndustryRevenue);
}
