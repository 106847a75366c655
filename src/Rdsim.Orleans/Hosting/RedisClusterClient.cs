using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Rdsim.Orleans.Hosting;

/// <summary>A client of a Redis cluster: finds the silos' gateways in Redis and connects to them.</summary>
public sealed class RedisClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private RedisClusterClient(IHost host, ClusterIdentity cluster)
    {
        _host = host;
        Cluster = cluster;
        Grains = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>How long connecting may take: the client otherwise waits for a gateway without end.</summary>
    public static TimeSpan ConnectTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The cluster connected to.</summary>
    public ClusterIdentity Cluster { get; }

    /// <summary>The client (its grain factory reaches every silo).</summary>
    public IClusterClient Grains { get; }

    /// <summary>Connects to the cluster.</summary>
    /// <exception cref="ClusterUnavailableException">Redis cannot be reached or does not answer, or no silo of the cluster does.</exception>
    public static async Task<RedisClusterClient> ConnectAsync(ClusterIdentity cluster, CancellationToken cancellationToken = default)
    {
        await RedisReachability.RequireAsync(cluster.Redis, cancellationToken);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.UseOrleansClient(client => client.UseRedisCluster(cluster).AddRdsimDefaults());
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).WaitAsync(ConnectTimeout, cancellationToken);
        }
        catch (Exception e) when (e is RedisException or SiloUnavailableException or OrleansException or TimeoutException)
        {
            _ = host.StopAsync(CancellationToken.None).ContinueWith(_ => host.Dispose(), TaskScheduler.Default);
            // StackExchange.Redis words a Redis that took the connection and then failed in its own terms (abortConnect=false, …).
            var reason = e switch
            {
                TimeoutException => $"no silo answered within {ConnectTimeout.TotalSeconds:F0} s.",
                RedisException => $"Redis at {cluster.Redis.ConnectionString} took the connection but did not answer as Redis.",
                _ => e.Message,
            };
            throw new ClusterUnavailableException(
                $"Could not connect to the rdsim cluster at {cluster}: {reason} Start Redis and at least one silo " +
                $"(rdsim silo --cluster {cluster.Redis}) first.", e);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new RedisClusterClient(host, cluster);
    }

    /// <summary>The silos the cluster counts as active.</summary>
    public async Task<int> ActiveSilosAsync() =>
        (await Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count;

    /// <summary>Disconnects.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
