using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>The wire form of a run's years, seed and replications (<see cref="RunSettings"/>): every member, bit for bit.</summary>
/// <param name="FirstYear">See <see cref="RunSettings.FirstYear"/>.</param>
/// <param name="LastYear">See <see cref="RunSettings.LastYear"/>.</param>
/// <param name="WarmupYears">See <see cref="RunSettings.WarmupYears"/>.</param>
/// <param name="Seed">See <see cref="RunSettings.Seed"/>.</param>
/// <param name="Replications">See <see cref="RunSettings.Replications"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.RunSettings")]
public readonly record struct RunSettingsSurrogate(
    [property: Id(0)] int FirstYear,
    [property: Id(1)] int LastYear,
    [property: Id(2)] int WarmupYears,
    [property: Id(3)] ulong Seed,
    [property: Id(4)] int Replications);
