using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts the trait copula's correlations to and from its wire form.</summary>
[RegisterConverter]
public sealed class TraitCorrelationsConverter : IConverter<TraitCorrelations, TraitCorrelationsSurrogate>
{
    /// <inheritdoc />
    public TraitCorrelations ConvertFromSurrogate(in TraitCorrelationsSurrogate s) => new()
    {
        IntensityHighTech = s.IntensityHighTech,
        IntensityRdStaff = s.IntensityRdStaff,
        IntensityCoreIp = s.IntensityCoreIp,
    };

    /// <inheritdoc />
    public TraitCorrelationsSurrogate ConvertToSurrogate(in TraitCorrelations v) => new(v.IntensityHighTech, v.IntensityRdStaff, v.IntensityCoreIp);
}
