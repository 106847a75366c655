using Rdsim.Model.Policy;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>The wire form of one year's policy (<see cref="YearPolicy"/>): every member, bit for bit.</summary>
/// <param name="StandardRate">See <see cref="YearPolicy.StandardRate"/>.</param>
/// <param name="HnteEnabled">See <see cref="YearPolicy.HnteEnabled"/>.</param>
/// <param name="HnteRate">See <see cref="YearPolicy.HnteRate"/>.</param>
/// <param name="IntensityBands">See <see cref="YearPolicy.IntensityBands"/>.</param>
/// <param name="MinHighTechRevenueShare">See <see cref="YearPolicy.MinHighTechRevenueShare"/>.</param>
/// <param name="MinRdStaffShare">See <see cref="YearPolicy.MinRdStaffShare"/>.</param>
/// <param name="RequiresCoreIp">See <see cref="YearPolicy.RequiresCoreIp"/>.</param>
/// <param name="ValidityYears">See <see cref="YearPolicy.ValidityYears"/>.</param>
/// <param name="CertificationCost">See <see cref="YearPolicy.CertificationCost"/>.</param>
/// <param name="SuperDeductionEnabled">See <see cref="YearPolicy.SuperDeductionEnabled"/>.</param>
/// <param name="ExtraRate">See <see cref="YearPolicy.ExtraRate"/>.</param>
/// <param name="SectorExtraRate">See <see cref="YearPolicy.SectorExtraRate"/>.</param>
/// <param name="ExcludedSectors">See <see cref="YearPolicy.ExcludedSectors"/>.</param>
/// <param name="ClaimCost">See <see cref="YearPolicy.ClaimCost"/>.</param>
/// <param name="VolumeCreditRate">See <see cref="YearPolicy.VolumeCreditRate"/>.</param>
/// <param name="IncrementalCreditRate">See <see cref="YearPolicy.IncrementalCreditRate"/>.</param>
/// <param name="CreditBaseYears">See <see cref="YearPolicy.CreditBaseYears"/>.</param>
/// <param name="CreditCarryForwardYears">See <see cref="YearPolicy.CreditCarryForwardYears"/>.</param>
/// <param name="CertificationSubsidy">See <see cref="YearPolicy.CertificationSubsidy"/>.</param>
/// <param name="IpAcquisitionRate">See <see cref="YearPolicy.IpAcquisitionRate"/>.</param>
/// <param name="RdStartRate">See <see cref="YearPolicy.RdStartRate"/>.</param>
/// <param name="LossCarryForwardYears">See <see cref="YearPolicy.LossCarryForwardYears"/>.</param>
/// <param name="HnteLossCarryForwardYears">See <see cref="YearPolicy.HnteLossCarryForwardYears"/>.</param>
/// <param name="QualifyingShare">See <see cref="YearPolicy.QualifyingShare"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.YearPolicy")]
public readonly record struct YearPolicySurrogate(
    [property: Id(0)] double StandardRate,
    [property: Id(1)] bool HnteEnabled,
    [property: Id(2)] double HnteRate,
    [property: Id(3)] IntensityBands IntensityBands,
    [property: Id(4)] double MinHighTechRevenueShare,
    [property: Id(5)] double MinRdStaffShare,
    [property: Id(6)] bool RequiresCoreIp,
    [property: Id(7)] int ValidityYears,
    [property: Id(8)] double CertificationCost,
    [property: Id(9)] bool SuperDeductionEnabled,
    [property: Id(10)] double ExtraRate,
    [property: Id(11)] double[] SectorExtraRate,
    [property: Id(12)] bool[] ExcludedSectors,
    [property: Id(13)] double ClaimCost,
    [property: Id(14)] double VolumeCreditRate,
    [property: Id(15)] double IncrementalCreditRate,
    [property: Id(16)] int CreditBaseYears,
    [property: Id(17)] int LossCarryForwardYears,
    [property: Id(18)] int HnteLossCarryForwardYears,
    [property: Id(19)] double QualifyingShare,
    [property: Id(20)] int CreditCarryForwardYears,
    [property: Id(21)] double CertificationSubsidy,
    [property: Id(22)] double IpAcquisitionRate,
    [property: Id(23)] double RdStartRate);
