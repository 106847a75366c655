using Rdsim.Engine;
using Rdsim.Engine.Reference;
using Rdsim.Orleans.Engine;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// Maps <c>--engine</c> to an engine. Engines that hold resources (the Orleans engine's embedded silo)
/// are created once per process and released by <see cref="DisposeAllAsync"/> when the command ends.
/// </summary>
public static class EngineChoice
{
    /// <summary>The engine used when none is named: every firm an Orleans grain, on an embedded in-process silo.</summary>
    public const string Default = "orleans";

    /// <summary>Every engine's name.</summary>
    public static IReadOnlyList<string> All { get; } = ["orleans", "reference"];

    private static readonly Dictionary<string, ISimulationEngine> Created = new(StringComparer.Ordinal);

    /// <summary>The engine named by <paramref name="name"/> (the same instance for the same name within a process).</summary>
    public static ISimulationEngine Create(string name)
    {
        lock (Created)
        {
            if (Created.TryGetValue(name, out var existing)) return existing;
            ISimulationEngine engine = name switch
            {
                "orleans" => new OrleansEngine(),
                "reference" => new ReferenceEngine(),
                _ => throw Errors.Option("--engine", $"Unknown engine '{name}'; use {string.Join(" or ", All)}."),
            };
            Created[name] = engine;
            return engine;
        }
    }

    /// <summary>Where an engine runs, for the manifest.</summary>
    public static string Describe(ISimulationEngine engine) => engine switch
    {
        ReferenceEngine => $"in-process loop on {Environment.ProcessorCount} cores",
        OrleansEngine => "embedded Orleans silo (in-process, localhost clustering)",
        _ => engine.Name,
    };

    /// <summary>Releases every engine created (stops the embedded silo).</summary>
    public static async Task DisposeAllAsync()
    {
        List<ISimulationEngine> engines;
        lock (Created)
        {
            engines = [.. Created.Values];
            Created.Clear();
        }
        foreach (var engine in engines.OfType<IAsyncDisposable>()) await engine.DisposeAsync();
    }
}
