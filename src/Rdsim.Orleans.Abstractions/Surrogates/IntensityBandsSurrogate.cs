using Rdsim.Model.Policy;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>The wire form of an HNTE intensity rule set (<see cref="IntensityBands"/>): every member, bit for bit.</summary>
/// <param name="Name">See <see cref="IntensityBands.Name"/>.</param>
/// <param name="SmallMaxRevenue">See <see cref="IntensityBands.SmallMaxRevenue"/>.</param>
/// <param name="SmallEdgeInclusive">See <see cref="IntensityBands.SmallEdgeInclusive"/>.</param>
/// <param name="SmallIntensity">See <see cref="IntensityBands.SmallIntensity"/>.</param>
/// <param name="MediumMaxRevenue">See <see cref="IntensityBands.MediumMaxRevenue"/>.</param>
/// <param name="MediumIntensity">See <see cref="IntensityBands.MediumIntensity"/>.</param>
/// <param name="LargeIntensity">See <see cref="IntensityBands.LargeIntensity"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.IntensityBands")]
public readonly record struct IntensityBandsSurrogate(
    [property: Id(0)] string Name,
    [property: Id(1)] double SmallMaxRevenue,
    [property: Id(2)] bool SmallEdgeInclusive,
    [property: Id(3)] double SmallIntensity,
    [property: Id(4)] double MediumMaxRevenue,
    [property: Id(5)] double MediumIntensity,
    [property: Id(6)] double LargeIntensity);
