namespace Rdsim.Orleans.Grains;

/// <summary>
/// Ends an advance that a lost silo has left hanging. Orleans fails the calls it sent to a silo once it declares that silo dead,
/// but a call it had not yet addressed (its grain's directory entry was on the lost silo) or had forwarded through a live silo
/// is not among them, and waits out the 10-minute response timeout, and with it its shard, the advance and the client, whose
/// watch (<see cref="Engine.CoordinatorWatch"/>) sees a coordinator that is still stepping. So the coordinator watches the
/// cluster's membership while it waits for its shards: once a silo that was in the cluster when the run started is dead, the
/// advance has <see cref="Grace"/> plus twice the longest advance of the run (counting this one up to the loss) to finish; after
/// that the shards are told to stop and the advance fails as lost with a silo, which the engine answers by starting the run again
/// on the silos left (every draw is keyed: the numbers are the same). An advance that finishes in time is kept: a silo that held
/// nothing the run needed costs no restart.
/// </summary>
internal static class LostSiloWatch
{
    /// <summary>The time an advance is given after a loss on top of twice the longest advance (a year's replay of lost firms, the cluster settling).</summary>
    public static TimeSpan Grace { get; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the membership is looked at.</summary>
    public static TimeSpan Period { get; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Waits for <paramref name="advance"/>; throws <see cref="SiloUnavailableException"/> (after cancelling
    /// <paramref name="stepping"/>) when <paramref name="lostSilo"/> has named a lost silo for longer than the allowance.
    /// </summary>
    /// <param name="advance">The shards' step of the batch.</param>
    /// <param name="lostSilo">A silo of the run's cluster that is now dead, or null while there is none.</param>
    /// <param name="longestAdvance">The longest advance of the run before this one.</param>
    /// <param name="stepping">Cancels the shards' steps.</param>
    /// <param name="year">The first year of the batch, for the message.</param>
    /// <param name="grace">Defaults to <see cref="Grace"/>.</param>
    /// <param name="period">Defaults to <see cref="Period"/>.</param>
    public static async Task<T> Await<T>(Task<T> advance, Func<SiloAddress?> lostSilo, TimeSpan longestAdvance, CancellationTokenSource stepping,
        int year, TimeSpan? grace = null, TimeSpan? period = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan? lostAt = null;
        var allowance = TimeSpan.Zero;
        while (true)
        {
            if (await Task.WhenAny(advance, Task.Delay(period ?? Period)) == advance) return await advance;
            if (lostAt is null)
            {
                if (lostSilo() is null) continue;
                lostAt = clock.Elapsed;
                allowance = (grace ?? Grace) + 2 * (longestAdvance > clock.Elapsed ? longestAdvance : clock.Elapsed);
            }
            if (clock.Elapsed - lostAt < allowance) continue;
            var lost = lostSilo();
            stepping.Cancel();
            _ = advance.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            throw new SiloUnavailableException(
                $"Silo {lost?.Endpoint.ToString() ?? "of the run"} was lost and the step of {year} did not finish within " +
                $"{allowance.TotalSeconds:F0} s of the loss.");
        }
    }
}
