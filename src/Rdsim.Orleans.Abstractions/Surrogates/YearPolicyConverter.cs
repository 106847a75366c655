using Rdsim.Model.Policy;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts one year's policy to and from its wire form.</summary>
[RegisterConverter]
public sealed class YearPolicyConverter : IConverter<YearPolicy, YearPolicySurrogate>
{
    /// <inheritdoc />
    public YearPolicy ConvertFromSurrogate(in YearPolicySurrogate s) => new()
    {
        StandardRate = s.StandardRate,
        HnteEnabled = s.HnteEnabled,
        HnteRate = s.HnteRate,
        IntensityBands = s.IntensityBands,
        MinHighTechRevenueShare = s.MinHighTechRevenueShare,
        MinRdStaffShare = s.MinRdStaffShare,
        RequiresCoreIp = s.RequiresCoreIp,
        ValidityYears = s.ValidityYears,
        CertificationCost = s.CertificationCost,
        SuperDeductionEnabled = s.SuperDeductionEnabled,
        ExtraRate = s.ExtraRate,
        SectorExtraRate = s.SectorExtraRate,
        ExcludedSectors = s.ExcludedSectors,
        ClaimCost = s.ClaimCost,
        VolumeCreditRate = s.VolumeCreditRate,
        IncrementalCreditRate = s.IncrementalCreditRate,
        CreditBaseYears = s.CreditBaseYears,
        CreditCarryForwardYears = s.CreditCarryForwardYears,
        CertificationSubsidy = s.CertificationSubsidy,
        IpAcquisitionRate = s.IpAcquisitionRate,
        RdStartRate = s.RdStartRate,
        LossCarryForwardYears = s.LossCarryForwardYears,
        HnteLossCarryForwardYears = s.HnteLossCarryForwardYears,
        QualifyingShare = s.QualifyingShare,
    };

    /// <inheritdoc />
    public YearPolicySurrogate ConvertToSurrogate(in YearPolicy v) => new(v.StandardRate, v.HnteEnabled, v.HnteRate, v.IntensityBands, v.MinHighTechRevenueShare, v.MinRdStaffShare, v.RequiresCoreIp, v.ValidityYears, v.CertificationCost, v.SuperDeductionEnabled, v.ExtraRate, v.SectorExtraRate.ToArray(), v.ExcludedSectors.ToArray(), v.ClaimCost, v.VolumeCreditRate, v.IncrementalCreditRate, v.CreditBaseYears, v.LossCarryForwardYears, v.HnteLossCarryForwardYears, v.QualifyingShare,
        v.CreditCarryForwardYears, v.CertificationSubsidy, v.IpAcquisitionRate, v.RdStartRate);
}
