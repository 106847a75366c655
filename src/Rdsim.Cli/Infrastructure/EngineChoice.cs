using Rdsim.Engine;
using Rdsim.Engine.Reference;
using Rdsim.Orleans.Engine;
using Rdsim.Orleans.Hosting;

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

    /// <summary>Help text of the <c>--cluster</c> option of every verb that runs scenarios.</summary>
    public const string ClusterHelp =
        "Run as a client of an rdsim cluster (see rdsim silo): redis://HOST:PORT of its Redis, followed by /CLUSTER-ID or /CLUSTER-ID/SERVICE-ID when the silos were started with ids other than rdsim";

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
                _ => throw Errors.Option("--engine", new($"Unknown engine '{name}'; use {string.Join(" or ", All)}.", $"未知引擎 '{name}'；请用 {string.Join(" 或 ", All)}。")),
            };
            Created[name] = engine;
            return engine;
        }
    }

    /// <summary>
    /// The engine named by <paramref name="name"/>, or, when <paramref name="cluster"/> (a <c>--cluster</c> value)
    /// is given, the Orleans engine as a client of that cluster (the same instance for the same cluster within a process).
    /// </summary>
    public static ISimulationEngine Create(string name, string? cluster)
    {
        if (cluster is null) return Create(name);
        if (name != "orleans")
        {
            throw Errors.Option("--cluster", new($"a cluster runs the orleans engine; drop --engine {name} or --cluster.", $"集群只运行 orleans 引擎；请去掉 --engine {name} 或 --cluster。"));
        }
        ClusterIdentity identity;
        try
        {
            identity = ClusterIdentity.Parse(cluster);
        }
        catch (FormatException e)
        {
            throw Errors.Refused("--cluster", e);
        }
        lock (Created)
        {
            var key = "cluster " + identity;
            if (Created.TryGetValue(key, out var existing)) return existing;
            var engine = new OrleansEngine(identity, new OrleansEngineOptions { Notices = CliConsole.Warn });
            Created[key] = engine;
            return engine;
        }
    }

    /// <summary>The engine of verbs that run many scenarios (compare, sweep): the reference loop, or the cluster when one is given.</summary>
    public static ISimulationEngine Batch(string? cluster) => cluster is null ? Create("reference") : Create(Default, cluster);

    /// <summary>
    /// Connects a cluster engine now (a no-op for the others): a verb that keeps its folder after a fault (a sweep, for
    /// --resume) must not create one for a cluster it cannot reach.
    /// </summary>
    /// <exception cref="ClusterUnavailableException">The cluster cannot be reached.</exception>
    public static async Task RequireReachableAsync(ISimulationEngine engine, CancellationToken cancellationToken)
    {
        if (engine is OrleansEngine { Capabilities.Firms: FirmPlacement.RemoteGrains } cluster) await cluster.ActiveSilosAsync(cancellationToken);
    }

    /// <summary>Says where <see cref="Batch"/> runs, for the line a batch verb starts with.</summary>
    public static string BatchNote(string? cluster) => cluster is null
        ? CliConsole.Text.OnReference
        : ConsoleText.Format(CliConsole.Text.OnCluster, cluster);

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
