using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>Everything about a run except its firms (they follow in <see cref="FirmBatch"/>es).</summary>
/// <param name="Run">Years, warm-up, seed and replications.</param>
/// <param name="Model">Behaviour, sector profiles and correlations.</param>
/// <param name="PolicyFirstYear">The year of <c>Policies[0]</c>.</param>
/// <param name="Policies">The scenario's policy of every year of its schedule, in year order.</param>
/// <param name="FirmCount">Firms in the population (ids 0..FirmCount-1).</param>
/// <param name="Tuning">How the run is spread over grains.</param>
/// <param name="Population">The population's fingerprint: the key its shards and firms share with every run on the same firms.</param>
[GenerateSerializer, Immutable, Alias("rdsim.RunDefinition")]
public sealed record RunDefinition(
    [property: Id(0)] RunSettings Run,
    [property: Id(1)] ModelParameters Model,
    [property: Id(2)] int PolicyFirstYear,
    [property: Id(3)] YearPolicy[] Policies,
    [property: Id(4)] int FirmCount,
    [property: Id(5)] RunTuning Tuning,
    [property: Id(6)] Guid Population)
{
    /// <summary>The policy schedule the definition carries.</summary>
    public PolicySchedule Schedule() =>
        new(PolicyFirstYear, PolicyFirstYear + Policies.Length - 1, year => Policies[year - PolicyFirstYear]);
}
