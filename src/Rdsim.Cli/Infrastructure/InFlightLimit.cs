using Rdsim.Engine;
using Rdsim.Orleans.Engine;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// How many simulations a batch verb (sweep, compare, calibrate) keeps in flight. On this machine one: the reference loop
/// already steps each year's firms on every core. On a cluster <see cref="PerSilo"/> per active silo, so that a silo computes
/// one run's firms while another run's firms are drawn and uploaded, or its results read and written, here; fewer when this
/// process could not hold that many runs' firms and results at once (<see cref="MemoryCheck.Share"/> of its memory).
/// </summary>
public static class InFlightLimit
{
    /// <summary>Simulations in flight per active silo of a cluster.</summary>
    public const int PerSilo = 2;

    /// <summary>
    /// The limit for runs of <paramref name="largest"/> (the batch's largest estimate) on <paramref name="engine"/>; on a cluster it
    /// connects, and says the limit on standard error.
    /// </summary>
    /// <exception cref="Orleans.Hosting.ClusterUnavailableException">The cluster cannot be reached.</exception>
    public static async Task<int> For(ISimulationEngine engine, MemoryEstimate largest, CancellationToken cancellationToken)
    {
        if (engine is not OrleansEngine { Capabilities.Firms: FirmPlacement.RemoteGrains } cluster) return 1;
        var silos = await cluster.ActiveSilosAsync(cancellationToken);
        var shared = MemoryEstimate.Base(FirmPlacement.RemoteGrains);
        var fits = (MemoryCheck.Share * MemoryCheck.Available() - shared) / Math.Max(1, largest.Bytes - shared);
        var limit = (int)Math.Clamp(Math.Floor(fits), 1, PerSilo * silos);
        CliConsole.Say(t => t.InFlight, limit, silos);
        return limit;
    }
}
