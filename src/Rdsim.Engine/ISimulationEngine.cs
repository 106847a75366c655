namespace Rdsim.Engine;

/// <summary>
/// Runs a scenario: every replicate, each paired with the no-incentive counterfactual on the same seed.
/// Every engine must return bit-identical results for the same input.
/// </summary>
public interface ISimulationEngine
{
    /// <summary>Short name for manifests and logs (<c>reference</c>, <c>orleans</c>).</summary>
    string Name { get; }

    /// <summary>Where the runs go, for manifests (e.g. <c>in-process loop on 8 cores</c>, a cluster and its silos).</summary>
    string Placement { get; }

    /// <summary>What the engine can do.</summary>
    EngineCapabilities Capabilities { get; }

    /// <summary>Runs the simulation, reporting progress after every simulated year.</summary>
    Task<SimulationResult> RunAsync(SimulationInput input, IProgress<RunProgress>? progress, CancellationToken cancellationToken);
}
