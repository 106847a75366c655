namespace Rdsim.Cli.Tests.Cluster;

/// <summary>Redis on a free port and two <c>rdsim silo</c> processes, for the batch verbs (sweep, compare, calibrate); its grains are counted silo by silo.</summary>
public sealed class TwoSiloClusterFixture : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];

    internal Rdsim Rdsim { get; } = new();

    internal RedisServer? Redis { get; private set; }

    internal List<SiloProcess> Silos { get; } = [];

    /// <summary>The cluster's grains, silo by silo.</summary>
    internal ClusterGrains Grains => field ??= new ClusterGrains(Redis!.Address);

    public async Task InitializeAsync()
    {
        if (RedisServer.Path is null && Environment.GetEnvironmentVariable("CI") != "true") return;   // the tests are skipped
        Redis = new RedisServer();
        _owned.Add(Redis);
        Silos.AddRange(Enumerable.Range(0, 2).Select(_ => new SiloProcess(Rdsim, Redis.Address)));
        _owned.AddRange(Silos);
        await Task.WhenAll(Silos.Select(s => s.Joined(TimeSpan.FromSeconds(90))));
    }

    public async Task DisposeAsync()
    {
        if (Redis is not null) await Grains.DisposeAsync();
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            try { owned.Dispose(); } catch (Exception) { /* keep cleaning up */ }
        }
        Rdsim.Dispose();
    }
}
