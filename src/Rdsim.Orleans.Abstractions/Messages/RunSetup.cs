using Rdsim.Engine;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>
/// What every firm of a run needs besides its own traits and each year's feedback: built once by the coordinator, fetched
/// once by each silo the run reaches and cached there (with the years' inputs) until the run ends, so that no step call
/// carries it. Its slots order a batch's outcomes and breakdowns: year-major, then <see cref="YearDriver.Slot"/>.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="Population">The population's fingerprint (first half of every shard and firm key).</param>
/// <param name="StartYear">The first simulated (warm-up) year: firms start at the end of the year before.</param>
/// <param name="Replicates">Replicates stepped together (they share the population).</param>
/// <param name="Model">The model parameters.</param>
/// <param name="ScenarioPolicies">The scenario's policy of every simulated year, from <paramref name="StartYear"/> on.</param>
/// <param name="CounterfactualPolicies">The counterfactual's policy of every simulated year, from <paramref name="StartYear"/> on.</param>
/// <param name="FirmCallConcurrency">Firm calls a shard sends in one wave: at most that many are in flight.</param>
/// <param name="YearByYear">
/// Whether each year's inputs depend on the year before (cross-firm feedback), so that the run steps one year at a time: its
/// firms then follow it on their shard's board (<c>IEnterpriseGrain.Follow</c>) instead of taking a call a year.
/// </param>
[GenerateSerializer, Immutable, Alias("rdsim.RunSetup")]
public sealed record RunSetup(
    [property: Id(0)] Guid RunId,
    [property: Id(1)] Guid Population,
    [property: Id(2)] int StartYear,
    [property: Id(3)] int Replicates,
    [property: Id(4)] ModelParameters Model,
    [property: Id(5)] YearPolicy[] ScenarioPolicies,
    [property: Id(6)] YearPolicy[] CounterfactualPolicies,
    [property: Id(7)] int FirmCallConcurrency,
    [property: Id(8)] bool YearByYear = false)
{
    /// <summary>The last simulated year.</summary>
    public int LastYear => StartYear + ScenarioPolicies.Length - 1;

    /// <summary>The policy a world is under in a simulated year.</summary>
    public YearPolicy Policy(World world, int year) => (world == World.Scenario ? ScenarioPolicies : CounterfactualPolicies)[year - StartYear];

    /// <summary>Outcome or breakdown slots of a batch of <paramref name="years"/> years: years × replicates × 2 worlds.</summary>
    public int Slots(int years) => years * Replicates * 2;

    /// <summary>The slot of a year (by its index in the batch), replicate and world.</summary>
    public int Slot(int yearIndex, int replicate, World world) => yearIndex * Replicates * 2 + YearDriver.Slot(replicate, world);

    /// <summary>Every slot's inputs of a year: its feedback with the policy each world is under that year.</summary>
    public YearInputs[] Inputs(YearFeedback feedback)
    {
        var inputs = new YearInputs[feedback.Seeds.Length];
        for (var r = 0; r < Replicates; r++)
        {
            foreach (var world in (ReadOnlySpan<World>)[World.Scenario, World.Counterfactual])
            {
                var slot = YearDriver.Slot(r, world);
                inputs[slot] = new YearInputs(feedback.Year, Policy(world, feedback.Year), feedback.Seeds[slot], feedback.RdInputPrices[slot],
                    feedback.SectorSpillovers[slot]);
            }
        }
        return inputs;
    }
}
