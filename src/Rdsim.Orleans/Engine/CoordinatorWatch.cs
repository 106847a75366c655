using Rdsim.Orleans.Abstractions.Grains;

namespace Rdsim.Orleans.Engine;

/// <summary>
/// Watches a run's coordinator while the client waits for a long call. When the coordinator's silo is killed,
/// a client waiting on it is not told (measured: the call ran into the 10-minute response timeout); asking a
/// cheap interleaved question every few seconds finds a fresh coordinator activation, which knows no run,
/// as soon as the cluster has declared the silo dead.
/// </summary>
internal static class CoordinatorWatch
{
    /// <summary>How often the coordinator is asked whether it still holds the run.</summary>
    public static TimeSpan Period { get; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one question may take before it is ignored (an unanswered question proves nothing).</summary>
    public static TimeSpan QuestionTimeout { get; } = TimeSpan.FromSeconds(20);

    /// <summary>Waits for <paramref name="call"/>; throws <see cref="SiloUnavailableException"/> if the coordinator is lost meanwhile.</summary>
    public static async Task<T> Await<T>(IRunCoordinatorGrain coordinator, Task<T> call, CancellationToken cancellationToken)
    {
        while (true)
        {
            var first = await Task.WhenAny(call, Task.Delay(Period, cancellationToken));
            if (first == call) return await call;
            cancellationToken.ThrowIfCancellationRequested();
            bool running;
            try
            {
                running = await coordinator.IsRunning().WaitAsync(QuestionTimeout, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                continue;
            }
            if (!running)
            {
                _ = call.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
                throw new SiloUnavailableException("The run's coordinator was lost with its silo while it stepped the years.");
            }
        }
    }
}
