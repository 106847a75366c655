namespace Rdsim.Engine;

/// <summary>What an engine can do, declared by the engine itself so that no caller has to test which engine it holds.</summary>
/// <param name="ObservesFirms">Whether it shows every firm-year to an observer (<see cref="SimulationInput.Observer"/>, for <c>firms.parquet</c>).</param>
/// <param name="Firms">Where its firms live while it runs.</param>
public sealed record EngineCapabilities(bool ObservesFirms, FirmPlacement Firms);

/// <summary>Where an engine's firms live while it runs, which decides what a firm costs in the process that runs it.</summary>
public enum FirmPlacement
{
    /// <summary>Arrays of states in this process, replicates one after another (the reference loop).</summary>
    Loop,

    /// <summary>A grain per firm in this process, holding every replicate's states (an embedded silo).</summary>
    LocalGrains,

    /// <summary>Grains on the silos of a cluster; this process holds the population and the results.</summary>
    RemoteGrains,
}
