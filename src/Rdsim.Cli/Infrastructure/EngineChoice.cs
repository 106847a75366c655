using Rdsim.Engine;
using Rdsim.Engine.Reference;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Maps <c>--engine</c> to an engine.</summary>
public static class EngineChoice
{
    /// <summary>The engine used when none is named.</summary>
    public const string Default = "reference";

    /// <summary>Every engine's name.</summary>
    public static IReadOnlyList<string> All { get; } = ["reference"];

    /// <summary>The engine named by <paramref name="name"/>.</summary>
    public static ISimulationEngine Create(string name) => name switch
    {
        "reference" => new ReferenceEngine(),
        _ => throw Errors.Option("--engine", $"Unknown engine '{name}'; use reference."),
    };

    /// <summary>Where an engine runs, for the manifest.</summary>
    public static string Describe(ISimulationEngine engine) => engine switch
    {
        ReferenceEngine => $"in-process loop on {Environment.ProcessorCount} cores",
        _ => engine.Name,
    };
}
