using Orleans.Runtime;
using Rdsim.Orleans.Hosting;

namespace Rdsim.Cli.Tests.Cluster;

/// <summary>Counts a cluster's rdsim grains, silo by silo, through a client of its own (connected on first use).</summary>
internal sealed class ClusterGrains(string redisAddress) : IAsyncDisposable
{
    private RedisClusterClient? _client;

    /// <summary>
    /// How many grains of <paramref name="type"/> (<c>rdsim-enterprise</c>, <c>rdsim-shard</c>, <c>rdsim-run</c>) each active silo
    /// holds, by silo endpoint.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> PerSilo(string type)
    {
        _client ??= await RedisClusterClient.ConnectAsync(ClusterIdentity.Parse(redisAddress));
        var management = _client.Grains.GetGrain<IManagementGrain>(0);
        var silos = await management.GetHosts(onlyActive: true);
        var grains = await management.GetDetailedGrainStatistics();
        return silos.Keys.ToDictionary(s => s.Endpoint.ToString(), s => grains.Count(g => g.SiloAddress.Equals(s) && g.GrainId.Type == GrainType.Create(type)));
    }

    /// <summary>How many grains of <paramref name="type"/> the cluster holds.</summary>
    public async Task<int> Total(string type) => (await PerSilo(type)).Values.Sum();

    public async ValueTask DisposeAsync()
    {
        if (_client is not null) await _client.DisposeAsync();
    }
}
