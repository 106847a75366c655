using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>
/// What every firm of a run needs besides its own traits and the year contexts: built once by the
/// coordinator and shared by reference by every step call inside a silo.
/// </summary>
/// <param name="RunId">The run (first half of every firm and shard key).</param>
/// <param name="StartYear">The first simulated (warm-up) year: firms start at the end of the year before.</param>
/// <param name="Replicates">Replicates stepped together (they share the population).</param>
/// <param name="Model">The model parameters.</param>
/// <param name="ScenarioStartPolicy">The scenario's policy of <paramref name="StartYear"/>, for the initial state.</param>
/// <param name="CounterfactualStartPolicy">The counterfactual's policy of <paramref name="StartYear"/>.</param>
/// <param name="FirmCallConcurrency">Firm calls each shard keeps in flight.</param>
[GenerateSerializer, Immutable, Alias("rdsim.RunSetup")]
public sealed record RunSetup(
    [property: Id(0)] Guid RunId,
    [property: Id(1)] int StartYear,
    [property: Id(2)] int Replicates,
    [property: Id(3)] ModelParameters Model,
    [property: Id(4)] YearPolicy ScenarioStartPolicy,
    [property: Id(5)] YearPolicy CounterfactualStartPolicy,
    [property: Id(6)] int FirmCallConcurrency);
