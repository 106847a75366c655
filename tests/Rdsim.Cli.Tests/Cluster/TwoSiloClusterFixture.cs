namespace Rdsim.Cli.Tests.Cluster;

/// <summary>Redis on a free port and two <c>rdsim silo</c> processes, for the batch verbs (sweep, compare, calibrate); its grains are counted silo by silo.</summary>
public sealed class TwoSiloClusterFixture : ClusterProcesses
{
    internal List<SiloProcess> Silos { get; } = [];

    /// <summary>The cluster's grains, silo by silo.</summary>
    internal ClusterGrains Grains => field ??= new ClusterGrains(Redis!.Address);

    private protected override async Task StartSilos() => Silos.AddRange(await StartSilos(2));

    private protected override async ValueTask Releasing()
    {
        if (Redis is not null) await Grains.DisposeAsync();
    }
}
