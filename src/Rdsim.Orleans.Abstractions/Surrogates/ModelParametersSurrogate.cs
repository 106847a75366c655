using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>The wire form of the model parameters (<see cref="ModelParameters"/>): every member, bit for bit.</summary>
/// <param name="Behaviour">See <see cref="ModelParameters.Behaviour"/>.</param>
/// <param name="SectorProfiles">See <see cref="ModelParameters.SectorProfiles"/>.</param>
/// <param name="Correlations">See <see cref="ModelParameters.Correlations"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.ModelParameters")]
public readonly record struct ModelParametersSurrogate(
    [property: Id(0)] BehaviourParameters Behaviour,
    [property: Id(1)] SectorProfile[] SectorProfiles,
    [property: Id(2)] TraitCorrelations Correlations);
