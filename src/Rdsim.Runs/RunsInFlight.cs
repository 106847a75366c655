using System.Runtime.ExceptionServices;

namespace Rdsim.Runs;

/// <summary>
/// Runs a batch's simulations a few at a time: the runs of a sweep, a comparison or a calibration on a cluster, so that every
/// silo has work while one run's client-side part (drawing its firms, uploading them, reading its results) goes on. Runs start
/// in index order; the caller puts each result at its index, so what is assembled from them does not depend on which run
/// finished first. Only the runs in flight are held at once.
/// </summary>
public static class RunsInFlight
{
    /// <summary>
    /// Calls <paramref name="run"/> for every index below <paramref name="count"/>, at most <paramref name="limit"/> at a time,
    /// and waits for them all. A run that fails stops the others (their token is cancelled, none is started after it) and,
    /// once they have ended, its exception is rethrown: the one of the lowest index, when several failed. When the caller's token
    /// was cancelled, the batch throws <see cref="OperationCanceledException"/> whatever the runs cut short threw.
    /// </summary>
    /// <param name="count">How many runs.</param>
    /// <param name="limit">The most in flight at once (1: one after another, in index order).</param>
    /// <param name="run">One run: its index and a token cancelled when the caller's is or another run failed.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task ForEach(int count, int limit, Func<int, CancellationToken, Task> run, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var next = -1;
        var failures = new SortedList<int, Exception>();

        async Task Worker()
        {
            while (!stop.IsCancellationRequested && Interlocked.Increment(ref next) is var i && i < count)
            {
                try
                {
                    await run(i, stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;   // stopped because the caller was, or another run failed: that is what is reported
                }
                catch (Exception e)
                {
                    lock (failures) failures.Add(i, e);
                    await stop.CancelAsync();
                    return;
                }
            }
        }

        // Task.Run: a run may draw its firms synchronously before its first await, and the others should not wait for it.
        await Task.WhenAll(Enumerable.Range(0, Math.Min(limit, Math.Max(count, 0))).Select(_ => Task.Run(Worker, CancellationToken.None)));
        // Stopped by the caller: that is the news, whatever the runs cut short threw.
        cancellationToken.ThrowIfCancellationRequested();
        if (failures.Count > 0) ExceptionDispatchInfo.Throw(failures.Values[0]);
    }
}
