namespace Rdsim.Cli.Tests.Cluster;

/// <summary>Redis on a free port and three <c>rdsim silo</c> processes (the first serves the dashboard), shared by the cluster tests.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];

    internal Rdsim Rdsim { get; } = new();

    internal RedisServer? Redis { get; private set; }

    internal List<SiloProcess> Silos { get; } = [];

    internal int DashboardPort { get; } = FreePorts.Next();

    public async Task InitializeAsync()
    {
        if (RedisServer.Path is null && Environment.GetEnvironmentVariable("CI") != "true") return;   // the tests are skipped
        Redis = new RedisServer();
        _owned.Add(Redis);
        for (var i = 0; i < 3; i++)
        {
            var silo = new SiloProcess(Rdsim, Redis.Address, i == 0 ? DashboardPort : null);
            _owned.Add(silo);
            Silos.Add(silo);
        }
        await Task.WhenAll(Silos.Select(s => s.Joined(TimeSpan.FromSeconds(90))));
    }

    /// <summary>Starts one more silo (the kill test's victim).</summary>
    internal async Task<SiloProcess> AddSilo()
    {
        var silo = new SiloProcess(Rdsim, Redis!.Address);
        _owned.Add(silo);
        await silo.Joined(TimeSpan.FromSeconds(90));
        return silo;
    }

    public Task DisposeAsync()
    {
        // Silos first, then Redis, then the scratch folder; each is killed even if another fails.
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            try { owned.Dispose(); } catch (Exception) { /* keep cleaning up */ }
        }
        Rdsim.Dispose();
        return Task.CompletedTask;
    }
}
