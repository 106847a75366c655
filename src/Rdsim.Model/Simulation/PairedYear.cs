using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;

namespace Rdsim.Model.Simulation;

/// <summary>
/// Steps one firm through one year in both worlds — the scenario and the no-incentive counterfactual,
/// on the same shocks — and adds both outcomes, and the deadweight that pairs them, to the breakdowns.
/// Every engine steps firms through this one method.
/// </summary>
public static class PairedYear
{
    /// <summary>Steps both worlds of one firm and aggregates the outcomes.</summary>
    public static void Step(in FirmTraits firm, ref FirmState scenario, ref FirmState counterfactual,
        YearInputs scenarioInputs, YearInputs counterfactualInputs, ModelParameters parameters,
        YearBreakdown scenarioBreakdown, YearBreakdown counterfactualBreakdown)
    {
        var withPolicy = FirmYear.Step(firm, ref scenario, scenarioInputs, parameters);
        var without = FirmYear.Step(firm, ref counterfactual, counterfactualInputs, parameters);
        scenarioBreakdown.Add(withPolicy, firm.SectorId);
        scenarioBreakdown.AddDeadweight(withPolicy, without, firm.SectorId);
        counterfactualBreakdown.Add(without, firm.SectorId);
    }
}
