using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>The wire form of a firm's traits (<see cref="FirmTraits"/>): every member, bit for bit.</summary>
/// <param name="Id">See <see cref="FirmTraits.Id"/>.</param>
/// <param name="SectorId">See <see cref="FirmTraits.SectorId"/>.</param>
/// <param name="Revenue0">See <see cref="FirmTraits.Revenue0"/>.</param>
/// <param name="Margin">See <see cref="FirmTraits.Margin"/>.</param>
/// <param name="LatentIntensity">See <see cref="FirmTraits.LatentIntensity"/>.</param>
/// <param name="HighTechShare">See <see cref="FirmTraits.HighTechShare"/>.</param>
/// <param name="RdStaffShare">See <see cref="FirmTraits.RdStaffShare"/>.</param>
/// <param name="HasCoreIp">See <see cref="FirmTraits.HasCoreIp"/>.</param>
/// <param name="EntryYear">See <see cref="FirmTraits.EntryYear"/>.</param>
/// <param name="ExitYear">See <see cref="FirmTraits.ExitYear"/>.</param>
/// <param name="Weight">See <see cref="FirmTraits.Weight"/>.</param>
/// <param name="RegionId">See <see cref="FirmTraits.RegionId"/>.</param>
/// <param name="InHighTechIndustry">See <see cref="FirmTraits.InHighTechIndustry"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.FirmTraits")]
public readonly record struct FirmTraitsSurrogate(
    [property: Id(0)] int Id,
    [property: Id(1)] int SectorId,
    [property: Id(2)] double Revenue0,
    [property: Id(3)] double Margin,
    [property: Id(4)] double LatentIntensity,
    [property: Id(5)] double HighTechShare,
    [property: Id(6)] double RdStaffShare,
    [property: Id(7)] bool HasCoreIp,
    [property: Id(8)] int EntryYear,
    [property: Id(9)] int ExitYear,
    [property: Id(10)] int Weight,
    [property: Id(11)] int RegionId,
    [property: Id(12)] bool InHighTechIndustry);
