using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts a sector profile to and from its wire form.</summary>
[RegisterConverter]
public sealed class SectorProfileConverter : IConverter<SectorProfile, SectorProfileSurrogate>
{
    /// <inheritdoc />
    public SectorProfile ConvertFromSurrogate(in SectorProfileSurrogate s) => new()
    {
        Share = s.Share,
        RevenueMedian = s.RevenueMedian,
        RevenueLogSd = s.RevenueLogSd,
        RevenueMin = s.RevenueMin,
        RevenueMax = s.RevenueMax,
        MarginMean = s.MarginMean,
        MarginSd = s.MarginSd,
        RdPerformerShare = s.RdPerformerShare,
        IntensityMedian = s.IntensityMedian,
        IntensityLogSd = s.IntensityLogSd,
        HighTechShareMedian = s.HighTechShareMedian,
        RdStaffShareMedian = s.RdStaffShareMedian,
        CoreIpProbability = s.CoreIpProbability,
        GrowthDrift = s.GrowthDrift,
        GrowthSd = s.GrowthSd,
        PatentScale = s.PatentScale,
        InventionShare = s.InventionShare,
        HighTechShareSpread = s.HighTechShareSpread,
    };

    /// <inheritdoc />
    public SectorProfileSurrogate ConvertToSurrogate(in SectorProfile v) => new(v.Share, v.RevenueMedian, v.RevenueLogSd, v.RevenueMin, v.RevenueMax, v.MarginMean, v.MarginSd, v.RdPerformerShare, v.IntensityMedian, v.IntensityLogSd, v.HighTechShareMedian, v.RdStaffShareMedian, v.CoreIpProbability, v.GrowthDrift, v.GrowthSd, v.PatentScale, v.InventionShare, v.HighTechShareSpread);
}
