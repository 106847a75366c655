using Orleans.TestingHost;
using Rdsim.Orleans.Hosting;

namespace Rdsim.Orleans.Tests.Support;

/// <summary>In-process test clusters with the engine's silo and client settings.</summary>
internal static class TestClusters
{
    public static async Task<InProcessTestCluster> StartAsync(short silos)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) => silo.AddRdsimDefaults());
        builder.ConfigureClient(client => client.AddRdsimDefaults());
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>The ids of the active grains of one grain type, on every silo.</summary>
    public static async Task<List<GrainId>> ActiveGrains(this InProcessTestCluster cluster, string grainType) =>
        await cluster.Client.GetGrain<IManagementGrain>(0).GetActiveGrains(GrainType.Create(grainType));
}
