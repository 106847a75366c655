using System.ComponentModel;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Rdsim.Cli.Infrastructure;
using Rdsim.Cli.Options;
using Rdsim.Orleans.Hosting;
using Spectre.Console.Cli;

namespace Rdsim.Cli.Commands;

/// <summary><c>rdsim silo</c>: runs a silo of a Redis cluster until Ctrl+C or SIGTERM; <c>rdsim run --cluster</c> runs on it.</summary>
public sealed class SiloCommand : AsyncCommand<SiloCommand.Settings>
{
    /// <summary>Options of <c>rdsim silo</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The cluster's Redis.</summary>
        [CommandOption("--cluster <REDIS>")]
        [Description("The Redis server holding the cluster's membership: redis://HOST:PORT (required)")]
        public string? Cluster { get; init; }

        /// <summary>Address to listen on and announce.</summary>
        [CommandOption("--address <IP>")]
        [Description("IP address the silo listens on and announces to the others and to clients (default 127.0.0.1: this machine only)")]
        public string? Address { get; init; }

        /// <summary>Silo-to-silo port.</summary>
        [CommandOption("--silo-port <PORT>")]
        [Description("Port for traffic between silos (default 11111); give each silo on one machine its own")]
        [TypeConverter(typeof(SiloPortOption))]
        public int SiloPort { get; init; } = 11111;

        /// <summary>Client port.</summary>
        [CommandOption("--gateway-port <PORT>")]
        [Description("Port clients (rdsim run --cluster) connect to (default 30000); give each silo on one machine its own")]
        [TypeConverter(typeof(GatewayPortOption))]
        public int GatewayPort { get; init; } = 30000;

        /// <summary>Cluster id.</summary>
        [CommandOption("--cluster-id <ID>")]
        [Description("Cluster id: silos with the same id form one cluster (default rdsim); clients add it to --cluster as redis://HOST:PORT/ID")]
        public string ClusterId { get; init; } = ClusterIdentity.DefaultId;

        /// <summary>Service id.</summary>
        [CommandOption("--service-id <ID>")]
        [Description("Service id (default: the cluster id)")]
        public string? ServiceId { get; init; }

        /// <summary>Dashboard port.</summary>
        [CommandOption("--dashboard <PORT>")]
        [Description("Serve the Orleans dashboard on http://127.0.0.1:PORT/ (loopback only) to watch a long run")]
        [TypeConverter(typeof(DashboardPortOption))]
        public int? Dashboard { get; init; }
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Errors.Guard(async () =>
        {
            var options = Options(settings);
            // Ctrl+C and SIGTERM cancel it (StopSignal): the silo stops cleanly and leaves the cluster instead of being declared dead later.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var joined = false;
            await using var silo = await ClusterSilo.StartAsync(options, logging => Logging(logging, () => joined), stop.Token);
            joined = true;
            CliConsole.Info($"Silo {silo.Address} joined cluster {options.Cluster}: listening on {options.Address}:{options.SiloPort} (silos) " +
                $"and {options.Address}:{options.GatewayPort} (clients)" + (silo.Dashboard is { } url ? $"; dashboard on {url}" : "") + ".");
            CliConsole.Info($"Run on it with: rdsim run SCENARIO --cluster {options.Cluster}. Stop with Ctrl+C or SIGTERM.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                CliConsole.Info("Stopping the silo (its activations move to the other silos on their next call).");
            }
            return ExitCodes.Ok;
        }, CancellationToken.None);

    private static ClusterSiloOptions Options(Settings settings)
    {
        if (settings.Cluster is null) throw Errors.Option("--cluster", new("rdsim silo needs --cluster redis://HOST:PORT (the Redis server holding the membership).",
            "rdsim silo 需要 --cluster redis://HOST:PORT（保存集群成员信息的 Redis 服务器）。"));
        RedisEndpoint redis;
        try
        {
            redis = RedisEndpoint.Parse(settings.Cluster);
        }
        catch (FormatException e)
        {
            throw Errors.Refused("--cluster", e);
        }
        var address = IPAddress.Loopback;
        if (settings.Address is not null && !IPAddress.TryParse(settings.Address, out address))
        {
            throw Errors.Option("--address", new($"'{settings.Address}' is not an IP address (e.g. 192.168.1.20).", $"'{settings.Address}' 不是 IP 地址（例如 192.168.1.20）。"));
        }
        if (settings.SiloPort == settings.GatewayPort) throw Errors.Option("--gateway-port", new("the silo and gateway ports must differ.", "silo 端口和网关端口必须不同。"));
        foreach (var (name, id) in new[] { ("--cluster-id", settings.ClusterId), ("--service-id", settings.ServiceId ?? settings.ClusterId) })
        {
            if (string.IsNullOrWhiteSpace(id) || id.Any(char.IsControl) || id.Contains('/'))
            {
                throw Errors.Option(name, new($"'{id}' is not an id; give letters, digits, '-' or '_' (default {ClusterIdentity.DefaultId}), the same on every silo and client.",
                    $"'{id}' 不是标识；请用字母、数字、'-' 或 '_'（默认 {ClusterIdentity.DefaultId}），每个 silo 和客户端都相同。"));
            }
        }
        SiloEndpoints.Check(address!, [("--silo-port", settings.SiloPort), ("--gateway-port", settings.GatewayPort)]);
        if (settings.Dashboard is { } dashboard) SiloEndpoints.Check(IPAddress.Loopback, [("--dashboard", dashboard)]);   // served on loopback only
        return new ClusterSiloOptions
        {
            Cluster = new ClusterIdentity(redis, settings.ClusterId, settings.ServiceId ?? settings.ClusterId),
            Address = address!,
            SiloPort = settings.SiloPort,
            GatewayPort = settings.GatewayPort,
            DashboardPort = settings.Dashboard,
        };
    }

    /// <summary>
    /// Warnings and errors of the silo on standard error once it has joined (without Orleans' spurious start-up
    /// watchdog warning). Until then nothing is logged: a start that fails is told in one line by
    /// <see cref="ClusterSilo.StartAsync"/>, not in the pages of stack traces each Orleans layer logs on its way out.
    /// </summary>
    private static void Logging(ILoggingBuilder logging, Func<bool> joined)
    {
        logging.AddSimpleConsole(o => o.SingleLine = true);
        logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(LogLevel.Warning);
        // The level is tested here too: a filter rule without a level replaces the minimum level, and a silo then logged every
        // trace and debug line of Orleans (1.4–2.2 GB per silo in half an hour of sweeps).
        logging.AddFilter((category, level) => joined() && level >= LogLevel.Warning && (level >= LogLevel.Error || category != "Orleans.Runtime.Watchdog"));
    }
}
