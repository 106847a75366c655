using Rdsim.Model.Policy;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>The wire form of an HNTE intensity rule (<see cref="IntensityBands"/>): every member, bit for bit.</summary>
/// <param name="Edges">See <see cref="IntensityBands.Edges"/>.</param>
/// <param name="Thresholds">See <see cref="IntensityBands.Thresholds"/>.</param>
/// <param name="EdgeInLowerBand">See <see cref="IntensityBands.EdgeInLowerBand"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.IntensityBands")]
public readonly record struct IntensityBandsSurrogate(
    [property: Id(0)] double[] Edges,
    [property: Id(1)] double[] Thresholds,
    [property: Id(2)] bool[] EdgeInLowerBand);
