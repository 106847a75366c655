namespace Rdsim.Orleans.Grains;

/// <summary>
/// Orleans delivers the cancellation of a call to its target grain. When the call has just finished and the run
/// has already released the grain, that message activates the grain again with nothing to do, and the empty
/// activation would stay until collection, days later. A run's grain that holds no run a few seconds after it
/// activated is such a stray, and leaves.
/// </summary>
internal static class StrayActivation
{
    /// <summary>How long a fresh activation has to receive its run before it counts as a stray.</summary>
    public static TimeSpan Grace { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Once, <see cref="Grace"/> after activation: calls <paramref name="leave"/> if <paramref name="holdsNoRun"/>.</summary>
    public static void Watch(IGrainBase grain, Func<bool> holdsNoRun, Action leave) =>
        grain.RegisterGrainTimer(() =>
        {
            if (holdsNoRun()) leave();
            return Task.CompletedTask;
        }, Grace, Timeout.InfiniteTimeSpan);
}
