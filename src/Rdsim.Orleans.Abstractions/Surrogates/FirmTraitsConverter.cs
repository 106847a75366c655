using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts a firm's traits to and from its wire form.</summary>
[RegisterConverter]
public sealed class FirmTraitsConverter : IConverter<FirmTraits, FirmTraitsSurrogate>
{
    /// <inheritdoc />
    public FirmTraits ConvertFromSurrogate(in FirmTraitsSurrogate s) => new(s.Id, s.SectorId, s.Revenue0, s.Margin, s.LatentIntensity, s.HighTechShare, s.RdStaffShare, s.HasCoreIp, s.EntryYear, s.ExitYear, s.Weight, s.RegionId, s.InHighTechIndustry);

    /// <inheritdoc />
    public FirmTraitsSurrogate ConvertToSurrogate(in FirmTraits v) => new(v.Id, v.SectorId, v.Revenue0, v.Margin, v.LatentIntensity, v.HighTechShare, v.RdStaffShare, v.HasCoreIp, v.EntryYear, v.ExitYear, v.Weight, v.RegionId, v.InHighTechIndustry);
}
