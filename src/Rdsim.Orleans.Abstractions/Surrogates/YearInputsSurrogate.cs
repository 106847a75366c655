using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>The wire form of one world's inputs for one year (<see cref="YearInputs"/>): every member, bit for bit.</summary>
/// <param name="Year">See <see cref="YearInputs.Year"/>.</param>
/// <param name="Policy">See <see cref="YearInputs.Policy"/>.</param>
/// <param name="Seed">See <see cref="YearInputs.Seed"/>.</param>
/// <param name="RdInputPrice">See <see cref="YearInputs.RdInputPrice"/>.</param>
/// <param name="SectorSpillover">See <see cref="YearInputs.SectorSpillover"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.YearInputs")]
public readonly record struct YearInputsSurrogate(
    [property: Id(0)] int Year,
    [property: Id(1)] YearPolicy Policy,
    [property: Id(2)] ulong Seed,
    [property: Id(3)] double RdInputPrice,
    [property: Id(4)] double[] SectorSpillover);
