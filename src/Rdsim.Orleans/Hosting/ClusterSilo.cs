using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;
using StackExchange.Redis;

namespace Rdsim.Orleans.Hosting;

/// <summary>
/// A silo of a Redis cluster, in the current process: endpoints on the given address (loopback by
/// default), the rdsim grains and settings, and the Orleans dashboard (served on loopback when a port is
/// given). It leaves Ctrl+C and SIGTERM to the application, which stops it with <see cref="DisposeAsync"/>:
/// a stopped silo leaves the cluster at once, a killed one is declared dead by the others.
/// </summary>
public sealed class ClusterSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterSilo(IHost host, ClusterSiloOptions options)
    {
        _host = host;
        Options = options;
        Address = host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
    }

    /// <summary>How the silo was started.</summary>
    public ClusterSiloOptions Options { get; }

    /// <summary>The silo's address in the cluster (endpoint and generation).</summary>
    public SiloAddress Address { get; }

    /// <summary>The dashboard's address, when it is served.</summary>
    public Uri? Dashboard => Options.DashboardPort is { } port ? new Uri($"http://127.0.0.1:{port}/") : null;

    /// <summary>Starts a silo and joins the cluster.</summary>
    /// <param name="options">Cluster, address, ports and dashboard.</param>
    /// <param name="configureLogging">Logging set-up; by default the silo logs nothing.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<ClusterSilo> StartAsync(ClusterSiloOptions options, Action<ILoggingBuilder>? configureLogging = null,
        CancellationToken cancellationToken = default)
    {
        await RedisReachability.RequireAsync(options.Cluster.Redis, cancellationToken);
        IHost host;
        if (options.DashboardPort is { } port)
        {
            var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
            web.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
            Configure(web, options, configureLogging);
            var app = web.Build();
            app.MapOrleansDashboard();
            host = app;
        }
        else
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            Configure(builder, options, configureLogging);
            host = builder.Build();
        }
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is RedisException or SocketException or IOException or OrleansException)
        {
            host.Dispose();
            throw new ClusterUnavailableException(StartFailure(options, e), e);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new ClusterSilo(host, options);
    }

    /// <summary>Why a silo could not start, in one sentence that names what to check (the exception's own text is pages long).</summary>
    private static string StartFailure(ClusterSiloOptions options, Exception e)
    {
        var where = $"Could not start a silo of {options.Cluster} on {options.Address} (silo port {options.SiloPort}, gateway port {options.GatewayPort})";
        return e switch
        {
            RedisException => $"{where}: Redis at {options.Cluster.Redis} does not answer. Start it there, or correct --cluster.",
            SocketException or IOException => $"{where}: {FirstLine(e.GetBaseException().Message)}. Are the address and ports free and this machine's?",
            _ => $"{where}: {FirstLine(e.GetBaseException().Message)}.",
        };
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim().TrimEnd('.');
        return line.Length > 200 ? line[..200] + "…" : line;
    }

    /// <summary>Leaves the cluster and stops the silo.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static void Configure(IHostApplicationBuilder builder, ClusterSiloOptions options, Action<ILoggingBuilder>? configureLogging)
    {
        builder.Logging.ClearProviders();
        configureLogging?.Invoke(builder.Logging);
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.UseOrleans(silo => silo
            .UseRedisCluster(options.Cluster)
            .ConfigureEndpoints(options.Address, options.SiloPort, options.GatewayPort)
            .AddRdsimDefaults()
            // Every silo hosts the dashboard's grains (profiling is off until someone looks), so any one can serve it.
            .AddDashboard());
    }
}
