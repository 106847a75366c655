using Rdsim.Orleans.Abstractions.Grains;

namespace Rdsim.Orleans.Engine;

/// <summary>
/// Watches a run's coordinator while the client waits for a long call, because a client waiting on a lost silo
/// is not told (measured: the call ran into the 10-minute response timeout). Every few seconds it asks the
/// coordinator a cheap interleaved question. A fresh activation that knows no run means the coordinator's silo
/// was lost. A coordinator that has moved past the awaited step, or failed it, while no answer arrives means the
/// answer was lost with the gateway silo that carried the call; one that stays at the awaited step without stepping it means the
/// call itself was lost so (a client that printed a year's progress and sent the next advance through the silo killed at that
/// moment waited at that year, its coordinator idle and answering, for the kill -9 test's 3 minutes: 2 runs in 5 under load, and
/// once on CI). A coordinator that answers no question for
/// <see cref="Silence"/> is as lost (its silo died, or every gateway this client knew did: two of three silos killed at
/// once left a client waiting 420 s with no word). Either way the run is started again, or fails.
/// </summary>
internal static class CoordinatorWatch
{
    /// <summary>How often the coordinator is asked how it stands.</summary>
    public static TimeSpan Period { get; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one question may take before it is ignored (an unanswered question proves nothing).</summary>
    public static TimeSpan QuestionTimeout { get; } = TimeSpan.FromSeconds(20);

    /// <summary>How long an answer may take to arrive after the coordinator has finished the call, and a call to reach the coordinator.</summary>
    public static TimeSpan AnswerGrace { get; } = TimeSpan.FromSeconds(20);

    /// <summary>How long the coordinator may leave every question unanswered before it counts as lost.</summary>
    public static TimeSpan Silence { get; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Waits for <paramref name="call"/>, an advance that starts at <paramref name="nextYear"/>; throws
    /// <see cref="SiloUnavailableException"/> if the coordinator or the call's answer is lost meanwhile.
    /// <paramref name="period"/>, <paramref name="answerGrace"/> and <paramref name="silence"/> default to <see cref="Period"/>,
    /// <see cref="AnswerGrace"/> and <see cref="Silence"/>.
    /// </summary>
    public static async Task<T> Await<T>(IRunCoordinatorGrain coordinator, Task<T> call, int nextYear, CancellationToken cancellationToken,
        TimeSpan? period = null, TimeSpan? answerGrace = null, TimeSpan? silence = null)
    {
        DateTime? doneWithoutAnswer = null;
        DateTime? idleWithoutCall = null;
        var lastAnswer = DateTime.UtcNow;
        while (true)
        {
            var first = await Task.WhenAny(call, Task.Delay(period ?? Period, cancellationToken));
            if (first == call) return await call;
            cancellationToken.ThrowIfCancellationRequested();
            Abstractions.Messages.CoordinatorStatus status;
            try
            {
                status = await coordinator.Status().WaitAsync(Min(QuestionTimeout, silence ?? Silence), cancellationToken);
                lastAnswer = DateTime.UtcNow;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (DateTime.UtcNow - lastAnswer <= (silence ?? Silence)) continue;
                throw Lost(call, $"The run's coordinator has answered nothing for {(silence ?? Silence).TotalSeconds:F0} s (its silo, or the gateways this client reached, are gone).");
            }
            if (!status.Running) throw Lost(call, "The run's coordinator was lost with its silo while it stepped the years.");
            if (status.NextYear == nextYear && !status.Failed)
            {
                if (status.Stepping)
                {
                    idleWithoutCall = null;
                    continue;
                }
                idleWithoutCall ??= DateTime.UtcNow;
                if (DateTime.UtcNow - idleWithoutCall.Value <= (answerGrace ?? AnswerGrace)) continue;
                throw Lost(call, "The run's coordinator never received the step it was sent (lost with a gateway silo).");
            }
            doneWithoutAnswer ??= DateTime.UtcNow;
            if (DateTime.UtcNow - doneWithoutAnswer.Value > (answerGrace ?? AnswerGrace))
            {
                throw Lost(call, "The run's coordinator finished a step whose answer never arrived (lost with a gateway silo).");
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static SiloUnavailableException Lost<T>(Task<T> call, string message)
    {
        _ = call.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        return new SiloUnavailableException(message);
    }
}
