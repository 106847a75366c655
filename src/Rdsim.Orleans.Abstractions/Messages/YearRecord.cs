using Rdsim.Model.Aggregation;

namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>One reported year of one replicate, as the coordinator keeps it.</summary>
/// <param name="Year">The year.</param>
/// <param name="Scenario">The scenario world's aggregates.</param>
/// <param name="Counterfactual">The counterfactual world's aggregates.</param>
/// <param name="ScenarioRdInputPrice">R&amp;D input price index in the scenario world.</param>
/// <param name="CounterfactualRdInputPrice">R&amp;D input price index in the counterfactual world.</param>
[GenerateSerializer, Immutable, Alias("rdsim.YearRecord")]
public sealed record YearRecord(
    [property: Id(0)] int Year,
    [property: Id(1)] YearBreakdown Scenario,
    [property: Id(2)] YearBreakdown Counterfactual,
    [property: Id(3)] double ScenarioRdInputPrice,
    [property: Id(4)] double CounterfactualRdInputPrice);
