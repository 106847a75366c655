using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>The wire form of the trait copula's correlations (<see cref="TraitCorrelations"/>): every member, bit for bit.</summary>
/// <param name="IntensityHighTech">See <see cref="TraitCorrelations.IntensityHighTech"/>.</param>
/// <param name="IntensityRdStaff">See <see cref="TraitCorrelations.IntensityRdStaff"/>.</param>
/// <param name="IntensityCoreIp">See <see cref="TraitCorrelations.IntensityCoreIp"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.TraitCorrelations")]
public readonly record struct TraitCorrelationsSurrogate(
    [property: Id(0)] double IntensityHighTech,
    [property: Id(1)] double IntensityRdStaff,
    [property: Id(2)] double IntensityCoreIp);
