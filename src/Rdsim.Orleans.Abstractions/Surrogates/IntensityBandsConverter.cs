using Rdsim.Model.Policy;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts an HNTE intensity rule set to and from its wire form.</summary>
[RegisterConverter]
public sealed class IntensityBandsConverter : IConverter<IntensityBands, IntensityBandsSurrogate>
{
    /// <inheritdoc />
    public IntensityBands ConvertFromSurrogate(in IntensityBandsSurrogate s) => new(s.Name, s.SmallMaxRevenue, s.SmallEdgeInclusive, s.SmallIntensity, s.MediumMaxRevenue, s.MediumIntensity, s.LargeIntensity);

    /// <inheritdoc />
    public IntensityBandsSurrogate ConvertToSurrogate(in IntensityBands v) => new(v.Name, v.SmallMaxRevenue, v.SmallEdgeInclusive, v.SmallIntensity, v.MediumMaxRevenue, v.MediumIntensity, v.LargeIntensity);
}
