namespace Rdsim.Cli.Tests.Cluster;

/// <summary>
/// What every cluster fixture owns: a scratch rdsim, a Redis server on a free port and the <c>rdsim silo</c> processes it
/// starts, all killed on disposal (silos first, then Redis, then the scratch folder; each even if another fails). Without
/// redis-server, outside CI, nothing starts and the tests are skipped.
/// </summary>
public abstract class ClusterProcesses : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];

    internal Rdsim Rdsim { get; } = new();

    internal RedisServer? Redis { get; private set; }

    /// <summary>The Redis this fixture runs (a data folder makes it keep an append-only file).</summary>
    private protected virtual RedisServer NewRedis() => new();

    /// <summary>Starts the fixture's first silos, once Redis runs.</summary>
    private protected abstract Task StartSilos();

    public async Task InitializeAsync()
    {
        if (RedisServer.Path is null && Environment.GetEnvironmentVariable("CI") != "true") return;   // the tests are skipped
        Redis = NewRedis();
        _owned.Add(Redis);
        await StartSilos();
    }

    /// <summary>Starts <paramref name="count"/> silos at once (the first serving the dashboard on <paramref name="dashboardPort"/>, if given) and waits until all have joined.</summary>
    private protected async Task<IReadOnlyList<SiloProcess>> StartSilos(int count, int? dashboardPort = null)
    {
        var silos = Enumerable.Range(0, count).Select(i => new SiloProcess(Rdsim, Redis!.Address, i == 0 ? dashboardPort : null)).ToList();
        _owned.AddRange(silos);
        await Task.WhenAll(silos.Select(s => s.Joined(TimeSpan.FromSeconds(90))));
        return silos;
    }

    /// <summary>Starts one more silo and waits until it has joined.</summary>
    internal async Task<SiloProcess> AddSilo() => (await StartSilos(1))[0];

    /// <summary>Releases what the fixture holds besides the processes (clients), before they are killed.</summary>
    private protected virtual ValueTask Releasing() => ValueTask.CompletedTask;

    /// <summary>Cleans up after the processes and the scratch folder are gone.</summary>
    private protected virtual void Released() { }

    public async Task DisposeAsync()
    {
        await Releasing();
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            try { owned.Dispose(); } catch (Exception) { /* keep cleaning up */ }
        }
        Rdsim.Dispose();
        Released();
    }
}
