using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Rdsim.Orleans.Hosting;

/// <summary>Redis membership for silos and clients: the same cluster and service ids on both sides.</summary>
public static class RedisCluster
{
    /// <summary>Makes a silo a member of <paramref name="cluster"/> (membership table in Redis).</summary>
    public static ISiloBuilder UseRedisCluster(this ISiloBuilder silo, ClusterIdentity cluster)
    {
        silo.UseRedisClustering(cluster.Redis.ConnectionString);
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
        return silo;
    }

    /// <summary>Makes a client find <paramref name="cluster"/>'s gateways in Redis.</summary>
    public static IClientBuilder UseRedisCluster(this IClientBuilder client, ClusterIdentity cluster)
    {
        client.UseRedisClustering(cluster.Redis.ConnectionString);
        client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
        return client;
    }
}
