using System.Net;

namespace Rdsim.Orleans.Hosting;

/// <summary>How a silo of a Redis cluster is started.</summary>
public sealed record ClusterSiloOptions
{
    /// <summary>The cluster to join.</summary>
    public required ClusterIdentity Cluster { get; init; }

    /// <summary>The address the silo listens on and announces to the others; loopback unless given.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>Port for silo-to-silo traffic (Orleans' default 11111).</summary>
    public int SiloPort { get; init; } = 11111;

    /// <summary>Port clients connect to (Orleans' default 30000).</summary>
    public int GatewayPort { get; init; } = 30000;

    /// <summary>Port of the Orleans dashboard on loopback; none when null.</summary>
    public int? DashboardPort { get; init; }
}
