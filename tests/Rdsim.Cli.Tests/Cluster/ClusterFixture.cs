namespace Rdsim.Cli.Tests.Cluster;

/// <summary>Redis on a free port and three <c>rdsim silo</c> processes (the first serves the dashboard), shared by the cluster tests.</summary>
public sealed class ClusterFixture : ClusterProcesses
{
    internal List<SiloProcess> Silos { get; } = [];

    internal int DashboardPort { get; } = FreePorts.Next();

    private protected override async Task StartSilos() => Silos.AddRange(await StartSilos(3, DashboardPort));
}
