using Rdsim.Engine;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Runs;

/// <summary>How <see cref="Simulator"/> runs a scenario; every option may be left out.</summary>
public sealed record RunOptions
{
    /// <summary>The engine (default: the reference engine, an in-process loop bit-identical to the Orleans engine).</summary>
    public ISimulationEngine? Engine { get; init; }

    /// <summary>Told after every simulated year.</summary>
    public IProgress<RunProgress>? Progress { get; init; }

    /// <summary>The scenario's firms, when they are drawn already (<see cref="PopulationBuilder.Build"/>); drawn for the run otherwise.</summary>
    public Population? Population { get; init; }

    /// <summary>What sees every firm-year (for <c>firms.parquet</c>), made for the run's firms; the engine must observe firms.</summary>
    public Func<Population, IFirmYearObserver?>? Observer { get; init; }

    /// <summary>What the manifest records as the command that reproduces the run.</summary>
    public string Command { get; init; } = "Simulator.Run (in code)";
}
