using Orleans.Configuration;

namespace Rdsim.Orleans.Hosting;

/// <summary>
/// The settings every silo and client of the rdsim engine needs, whether embedded, in a test cluster or
/// in a real cluster: idle collection far longer than any run, and a response timeout far above the
/// longest call (one advance of a run: a few seconds a year for a million firms).
/// </summary>
public static class RdsimOrleansDefaults
{
    /// <summary>Idle time after which an activation may be collected: longer than any run.</summary>
    public static TimeSpan CollectionAge { get; } = TimeSpan.FromDays(2);

    /// <summary>How long a grain call may take before it fails.</summary>
    public static TimeSpan ResponseTimeout { get; } = TimeSpan.FromMinutes(10);

    /// <summary>Applies the rdsim settings to a silo (the grains are found through the assembly reference).</summary>
    public static ISiloBuilder AddRdsimDefaults(this ISiloBuilder silo)
    {
        silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = CollectionAge);
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
        return silo;
    }

    /// <summary>Applies the rdsim settings to an external client.</summary>
    public static IClientBuilder AddRdsimDefaults(this IClientBuilder client)
    {
        client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
        return client;
    }
}
