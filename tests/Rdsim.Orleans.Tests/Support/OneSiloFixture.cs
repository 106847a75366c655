using Orleans.TestingHost;

namespace Rdsim.Orleans.Tests.Support;

/// <summary>One silo shared by the tests of the <see cref="OneSiloCollection"/> (they run one after another).</summary>
public sealed class OneSiloFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await TestClusters.StartAsync(1);

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
