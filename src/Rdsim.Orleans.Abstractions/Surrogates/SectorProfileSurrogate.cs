using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>The wire form of a sector profile (<see cref="SectorProfile"/>): every member, bit for bit.</summary>
/// <param name="Share">See <see cref="SectorProfile.Share"/>.</param>
/// <param name="RevenueMedian">See <see cref="SectorProfile.RevenueMedian"/>.</param>
/// <param name="RevenueLogSd">See <see cref="SectorProfile.RevenueLogSd"/>.</param>
/// <param name="RevenueMin">See <see cref="SectorProfile.RevenueMin"/>.</param>
/// <param name="RevenueMax">See <see cref="SectorProfile.RevenueMax"/>.</param>
/// <param name="MarginMean">See <see cref="SectorProfile.MarginMean"/>.</param>
/// <param name="MarginSd">See <see cref="SectorProfile.MarginSd"/>.</param>
/// <param name="RdPerformerShare">See <see cref="SectorProfile.RdPerformerShare"/>.</param>
/// <param name="IntensityMedian">See <see cref="SectorProfile.IntensityMedian"/>.</param>
/// <param name="IntensityLogSd">See <see cref="SectorProfile.IntensityLogSd"/>.</param>
/// <param name="HighTechShareMedian">See <see cref="SectorProfile.HighTechShareMedian"/>.</param>
/// <param name="RdStaffShareMedian">See <see cref="SectorProfile.RdStaffShareMedian"/>.</param>
/// <param name="CoreIpProbability">See <see cref="SectorProfile.CoreIpProbability"/>.</param>
/// <param name="GrowthDrift">See <see cref="SectorProfile.GrowthDrift"/>.</param>
/// <param name="GrowthSd">See <see cref="SectorProfile.GrowthSd"/>.</param>
/// <param name="PatentScale">See <see cref="SectorProfile.PatentScale"/>.</param>
/// <param name="InventionShare">See <see cref="SectorProfile.InventionShare"/>.</param>
/// <param name="HighTechShareSpread">See <see cref="SectorProfile.HighTechShareSpread"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.SectorProfile")]
public readonly record struct SectorProfileSurrogate(
    [property: Id(0)] double Share,
    [property: Id(1)] double RevenueMedian,
    [property: Id(2)] double RevenueLogSd,
    [property: Id(3)] double RevenueMin,
    [property: Id(4)] double RevenueMax,
    [property: Id(5)] double MarginMean,
    [property: Id(6)] double MarginSd,
    [property: Id(7)] double RdPerformerShare,
    [property: Id(8)] double IntensityMedian,
    [property: Id(9)] double IntensityLogSd,
    [property: Id(10)] double HighTechShareMedian,
    [property: Id(11)] double RdStaffShareMedian,
    [property: Id(12)] double CoreIpProbability,
    [property: Id(13)] double GrowthDrift,
    [property: Id(14)] double GrowthSd,
    [property: Id(15)] double PatentScale,
    [property: Id(16)] double InventionShare,
    [property: Id(17)] double HighTechShareSpread);
