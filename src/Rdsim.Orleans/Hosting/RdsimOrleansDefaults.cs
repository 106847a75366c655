using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Rdsim.Orleans.Abstractions.Grains;
using Rdsim.Orleans.Grains;

namespace Rdsim.Orleans.Hosting;

/// <summary>
/// The settings every silo and client of the rdsim engine needs, whether embedded, in a test cluster or
/// in a real cluster: idle collection far longer than any run (a population's grains: long enough for the next run on
/// it), a response timeout far above the longest call (one advance of a run: a few seconds a year for a million firms),
/// the silo's cache of run setups, its reused outcome arrays, the boards where firms follow runs with feedback, and the
/// traits its shards hold, which its firms share (all four reached through <see cref="FirmServices"/>).
/// </summary>
public static class RdsimOrleansDefaults
{
    /// <summary>Idle time after which an activation may be collected: longer than any run.</summary>
    public static TimeSpan CollectionAge { get; } = TimeSpan.FromDays(2);

    /// <summary>Minutes of <see cref="PopulationKeepAlive"/> (an attribute needs a constant).</summary>
    public const int PopulationKeepAliveMinutes = 15;

    /// <summary>
    /// How long a population's shard and firm grains stay active with no call: the gap between the runs of a sweep, a compare
    /// or a calibration is seconds, and an analyst's next <c>rdsim run</c> on a long-lived cluster within it finds them active
    /// too; then they give their memory back (≈ 2 KB a firm). Far longer than the gap between two calls to a firm within a run
    /// (one advance: 134 s for the first year of a million firms on 2 cores); a firm collected mid-run would replay anyway.
    /// A run's setup cached on a silo, or its state left in a firm by a run that was never released, goes after as long.
    /// </summary>
    public static TimeSpan PopulationKeepAlive { get; } = TimeSpan.FromMinutes(PopulationKeepAliveMinutes);

    /// <summary>How long a grain call may take before it fails.</summary>
    public static TimeSpan ResponseTimeout { get; } = TimeSpan.FromMinutes(10);

    /// <summary>Applies the rdsim settings to a silo (the grains are found through the assembly reference).</summary>
    public static ISiloBuilder AddRdsimDefaults(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<RunBooks>();
        silo.Services.AddSingleton<OutcomeBuffers>();
        silo.Services.AddSingleton<ShardBoards>();
        silo.Services.AddSingleton<FirmServices>();
        silo.Services.AddSingleton<IActivationWorkingSetObserver, DeactivatingFirms>();
        silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = CollectionAge);
        silo.Configure<SiloMessagingOptions>(o =>
        {
            o.ResponseTimeout = ResponseTimeout;
            // A firm's follow call lasts its run, and the silo builds a status for the caller of every call running longer than
            // this, every few seconds: a string each for a million followers. The engine watches its runs itself.
            o.RequestProcessingWarningTime = TimeSpan.Parse(IEnterpriseGrain.FollowTimeout, CultureInfo.InvariantCulture);
        });
        return silo;
    }

    /// <summary>Applies the rdsim settings to an external client.</summary>
    public static IClientBuilder AddRdsimDefaults(this IClientBuilder client)
    {
        client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
        return client;
    }
}
