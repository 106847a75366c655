namespace Rdsim.Cli.Tests.Cluster;

/// <summary>
/// A cluster of its own for the tests that break it: Redis with an append-only file (as the README recommends) and one
/// <c>rdsim silo</c>; tests add silos to kill, kill clients, and restart Redis. Its grains are counted through a client.
/// </summary>
public sealed class OwnClusterFixture : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];
    private readonly string _data = Directory.CreateTempSubdirectory("rdsim-redis-").FullName;
    private ClusterGrains? _grains;

    internal Rdsim Rdsim { get; } = new();

    internal RedisServer? Redis { get; private set; }

    internal SiloProcess? Silo { get; private set; }

    public async Task InitializeAsync()
    {
        if (RedisServer.Path is null && Environment.GetEnvironmentVariable("CI") != "true") return;   // the tests are skipped
        Redis = new RedisServer(_data);
        _owned.Add(Redis);
        Silo = await AddSilo();
    }

    /// <summary>Starts one more silo and waits until it has joined.</summary>
    internal async Task<SiloProcess> AddSilo()
    {
        var silo = new SiloProcess(Rdsim, Redis!.Address);
        _owned.Add(silo);
        await silo.Joined(TimeSpan.FromSeconds(90));
        return silo;
    }

    /// <summary>How many grains of <paramref name="type"/> (<c>rdsim-enterprise</c>, <c>rdsim-shard</c>, <c>rdsim-run</c>) are active in the cluster.</summary>
    internal Task<int> Activations(string type) => (_grains ??= new ClusterGrains(Redis!.Address)).Total(type);

    public async Task DisposeAsync()
    {
        if (_grains is not null) await _grains.DisposeAsync();
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            try { owned.Dispose(); } catch (Exception) { /* keep cleaning up */ }
        }
        Rdsim.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
