using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;

namespace Rdsim.Model.Simulation;

/// <summary>
/// Steps one firm through one year in both worlds — the scenario and the no-incentive counterfactual,
/// on the same shocks — and adds both outcomes, and what pairs them (deadweight, induced R&amp;D by tax status), to the breakdowns.
/// Every engine steps firms through this one class. Engines that step a firm in one place and aggregate
/// in another (the Orleans engine: firm grains step, shard grains aggregate) use the two halves,
/// <see cref="Step(in FirmTraits, ref FirmState, ref FirmState, YearInputs, YearInputs, ModelParameters)"/>
/// and <see cref="Aggregate"/>, which together do exactly what the one-call form does.
/// </summary>
public static class PairedYear
{
    /// <summary>Steps both worlds of one firm and aggregates the outcomes.</summary>
    public static void Step(in FirmTraits firm, ref FirmState scenario, ref FirmState counterfactual,
        YearInputs scenarioInputs, YearInputs counterfactualInputs, ModelParameters parameters,
        YearBreakdown scenarioBreakdown, YearBreakdown counterfactualBreakdown)
    {
        var (withPolicy, without) = Step(firm, ref scenario, ref counterfactual, scenarioInputs, counterfactualInputs, parameters);
        Aggregate(withPolicy, without, firm, scenarioBreakdown, counterfactualBreakdown);
    }

    /// <summary>Steps both worlds of one firm and returns both outcomes, unaggregated.</summary>
    public static (FirmYearOutcome Scenario, FirmYearOutcome Counterfactual) Step(in FirmTraits firm, ref FirmState scenario,
        ref FirmState counterfactual, YearInputs scenarioInputs, YearInputs counterfactualInputs, ModelParameters parameters)
    {
        var withPolicy = FirmYear.Step(firm, ref scenario, scenarioInputs, parameters);
        var without = FirmYear.Step(firm, ref counterfactual, counterfactualInputs, parameters);
        return (withPolicy, without);
    }

    /// <summary>
    /// Adds one firm's paired outcomes of a year, and what pairs them (deadweight, induced R&amp;D by tax status), to the
    /// breakdowns, counted <see cref="FirmTraits.Weight"/> times (nothing when the firm is inactive).
    /// </summary>
    public static void Aggregate(in FirmYearOutcome withPolicy, in FirmYearOutcome without, in FirmTraits firm,
        YearBreakdown scenarioBreakdown, YearBreakdown counterfactualBreakdown)
    {
        // Entry and exit are the same in both worlds: a firm outside the population is in neither.
        if (!withPolicy.IsActive) return;
        var status = TaxStatuses.Of(without);
        scenarioBreakdown.Add(withPolicy, firm.SectorId, firm.RegionId, status, firm.Weight);
        scenarioBreakdown.AddPaired(withPolicy, without, firm.SectorId, firm.RegionId, firm.Weight);
        counterfactualBreakdown.Add(without, firm.SectorId, firm.RegionId, status, firm.Weight);
    }
}
