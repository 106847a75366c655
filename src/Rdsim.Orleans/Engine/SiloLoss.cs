namespace Rdsim.Orleans.Engine;

/// <summary>
/// Tells a run that failed because a silo was lost (which a restart cures) from one that failed for any
/// other reason (which must surface): Orleans reports the lost silo, or the cluster has fewer of the silos
/// it had when the run started.
/// </summary>
internal static class SiloLoss
{
    /// <summary>The active silos (empty when the cluster cannot say).</summary>
    public static async Task<IReadOnlySet<SiloAddress>> ActiveSilos(IGrainFactory grains)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(30));
            return hosts.Keys.ToHashSet();
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            return new HashSet<SiloAddress>();
        }
    }

    /// <summary>Whether <paramref name="failure"/> comes from losing a silo of <paramref name="before"/>.</summary>
    public static async Task<bool> Explains(Exception failure, IGrainFactory grains, IReadOnlySet<SiloAddress> before)
    {
        if (Causes(failure).Any(e => e is SiloUnavailableException or OrleansMessageRejectionException)) return true;
        if (before.Count == 0) return false;
        var now = await ActiveSilos(grains);
        return now.Count > 0 && before.Any(silo => !now.Contains(silo));
    }

    /// <summary>
    /// The active silos once at least one of <paramref name="before"/> has left the membership, or after
    /// <paramref name="atMost"/> (a loss the cluster has not yet declared); never sooner than a second.
    /// </summary>
    public static async Task<IReadOnlySet<SiloAddress>> Settle(IGrainFactory grains, IReadOnlySet<SiloAddress> before, TimeSpan atMost,
        CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var now = await ActiveSilos(grains);
            if ((now.Count > 0 && before.Any(silo => !now.Contains(silo))) || clock.Elapsed >= atMost) return now;
        }
    }

    private static IEnumerable<Exception> Causes(Exception failure)
    {
        var pending = new Stack<Exception>([failure]);
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            yield return e;
            if (e is AggregateException all) foreach (var inner in all.InnerExceptions) pending.Push(inner);
            else if (e.InnerException is { } inner) pending.Push(inner);
        }
    }
}
