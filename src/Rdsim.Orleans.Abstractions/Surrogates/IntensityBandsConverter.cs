using Rdsim.Model.Policy;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts an HNTE intensity rule to and from its wire form.</summary>
[RegisterConverter]
public sealed class IntensityBandsConverter : IConverter<IntensityBands, IntensityBandsSurrogate>
{
    /// <inheritdoc />
    public IntensityBands ConvertFromSurrogate(in IntensityBandsSurrogate s) => new(s.Edges, s.Thresholds, s.EdgeInLowerBand);

    /// <inheritdoc />
    public IntensityBandsSurrogate ConvertToSurrogate(in IntensityBands v) => new([.. v.Edges], [.. v.Thresholds], [.. v.EdgeInLowerBand]);
}
