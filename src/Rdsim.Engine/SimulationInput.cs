using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Engine;

/// <summary>What an engine runs: the settings, the model, the policy schedule and the firms.</summary>
/// <param name="Run">Years, warm-up, seed and replications.</param>
/// <param name="Model">Behaviour and sector profiles.</param>
/// <param name="Policy">The scenario's policy by year (the counterfactual is derived from it).</param>
/// <param name="Firms">The population, indexed by firm id (ids must be 0..n-1).</param>
public sealed record SimulationInput(RunSettings Run, ModelParameters Model, PolicySchedule Policy, IReadOnlyList<FirmTraits> Firms)
{
    /// <summary>
    /// Optional: sees every firm-year outcome of the reported years (for <c>firms.parquet</c>). Engines
    /// that cannot observe single firms reject an input that sets it.
    /// </summary>
    public IFirmYearObserver? Observer { get; init; }

    /// <summary>Firm-years to simulate: firms × simulated years × replicates × 2 worlds.</summary>
    public long TotalFirmYears => (long)Firms.Count * Run.SimulatedYears * Run.Replications * 2;

    /// <summary>
    /// Checks that firm ids are dense and in order (engines index state by id), that the policy covers the run, and that an
    /// engine with <paramref name="capabilities"/> can observe single firms when <see cref="Observer"/> is set.
    /// </summary>
    public void Validate(EngineCapabilities capabilities)
    {
        if (Observer is not null && !capabilities.ObservesFirms) throw new ArgumentException("This engine cannot observe single firms; the input sets an observer.");
        for (var i = 0; i < Firms.Count; i++)
        {
            if (Firms[i].Id != i) throw new ArgumentException($"Firm at position {i} has id {Firms[i].Id}; ids must be 0..n-1 in order.");
        }
        if (Run.Replications < 1) throw new ArgumentException("At least one replicate is needed.");
        if (Policy.FirstYear > Run.FirstYear || Policy.LastYear < Run.LastYear) throw new ArgumentException("The policy schedule does not cover the run's years.");
    }
}
