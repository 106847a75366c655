using Rdsim.Model.Aggregation;

namespace Rdsim.Engine.Results;

/// <summary>One reported year of one replicate: both worlds' aggregates and the feedback they faced.</summary>
/// <param name="Year">The year.</param>
/// <param name="Scenario">Aggregates under the scenario's policy (deadweight filled from the pairing).</param>
/// <param name="Counterfactual">Aggregates with every incentive off, on the same shocks.</param>
/// <param name="ScenarioRdInputPrice">R&amp;D input price index in the scenario world.</param>
/// <param name="CounterfactualRdInputPrice">R&amp;D input price index in the counterfactual world.</param>
public sealed record YearResult(int Year, YearBreakdown Scenario, YearBreakdown Counterfactual, double ScenarioRdInputPrice, double CounterfactualRdInputPrice);
