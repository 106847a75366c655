namespace Rdsim.Cli.Tests.Cluster;

/// <summary>
/// A cluster of its own for the tests that break it: Redis with an append-only file (as the README recommends) and one
/// <c>rdsim silo</c>; tests add silos to kill, kill clients, and restart Redis. Its grains are counted through a client.
/// </summary>
public sealed class OwnClusterFixture : ClusterProcesses
{
    private readonly string _data = Directory.CreateTempSubdirectory("rdsim-redis-").FullName;
    private ClusterGrains? _grains;

    internal SiloProcess? Silo { get; private set; }

    /// <summary>How many grains of <paramref name="type"/> (<c>rdsim-enterprise</c>, <c>rdsim-shard</c>, <c>rdsim-run</c>) are active in the cluster.</summary>
    internal Task<int> Activations(string type) => (_grains ??= new ClusterGrains(Redis!.Address)).Total(type);

    private protected override RedisServer NewRedis() => new(_data);

    private protected override async Task StartSilos() => Silo = await AddSilo();

    private protected override async ValueTask Releasing()
    {
        if (_grains is not null) await _grains.DisposeAsync();
    }

    private protected override void Released() => Directory.Delete(_data, recursive: true);
}
