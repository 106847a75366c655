using Rdsim.Orleans.Abstractions.Grains;
using Rdsim.Orleans.Abstractions.Messages;
using Rdsim.Orleans.Engine;

namespace Rdsim.Orleans.Tests.Engine;

/// <summary>
/// The client's watch over a long advance: a lost coordinator, an advance that never reached it, or a finished advance whose
/// answer never arrives (lost with the gateway silo that carried either) ends the wait as a lost silo; a slow advance does not.
/// </summary>
public class CoordinatorWatchTests
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task A_finished_advance_whose_answer_never_arrives_is_a_lost_silo()
    {
        var never = new TaskCompletionSource<AdvanceReport>().Task;
        var coordinator = new Coordinator(new CoordinatorStatus(true, 2011, false, false));
        var e = await Assert.ThrowsAsync<SiloUnavailableException>(() => CoordinatorWatch.Await(coordinator, never, 2010, default, Period, Grace));
        Assert.Contains("answer never arrived", e.Message);
    }

    [Fact]
    public async Task A_step_the_coordinator_never_received_is_a_lost_silo()
    {
        var never = new TaskCompletionSource<AdvanceReport>().Task;
        var coordinator = new Coordinator(new CoordinatorStatus(true, 2010, false, false));   // idle at the awaited year
        var e = await Assert.ThrowsAsync<SiloUnavailableException>(() => CoordinatorWatch.Await(coordinator, never, 2010, default, Period, Grace));
        Assert.Contains("never received", e.Message);
        Assert.True(coordinator.Questions > 1, "the watch must give the call time to arrive");
    }

    [Fact]
    public async Task A_coordinator_that_knows_no_run_is_a_lost_silo()
    {
        var never = new TaskCompletionSource<AdvanceReport>().Task;
        var coordinator = new Coordinator(new CoordinatorStatus(false, 0, false, false));
        var e = await Assert.ThrowsAsync<SiloUnavailableException>(() => CoordinatorWatch.Await(coordinator, never, 2010, default, Period, Grace));
        Assert.Contains("coordinator was lost", e.Message);
    }

    [Fact]
    public async Task A_coordinator_that_answers_nothing_for_the_silence_limit_is_a_lost_silo()
    {
        var never = new TaskCompletionSource<AdvanceReport>().Task;
        var coordinator = new Coordinator(null);   // every question goes unanswered (its silo and gateways are gone)
        var e = await Assert.ThrowsAsync<SiloUnavailableException>(() =>
            CoordinatorWatch.Await(coordinator, never, 2010, default, Period, Grace, silence: TimeSpan.FromMilliseconds(300)));
        Assert.Contains("answered nothing", e.Message);
    }

    [Fact]
    public async Task A_slow_advance_is_waited_for()
    {
        var answer = new TaskCompletionSource<AdvanceReport>();
        var coordinator = new Coordinator(new CoordinatorStatus(true, 2010, false, true)); // still stepping 2010
        var waiting = CoordinatorWatch.Await(coordinator, answer.Task, 2010, default, Period, Grace);
        // Several grace periods pass, and on a loaded machine (the whole suite on 2 cores) several more, before enough
        // questions have been asked; the watch must still be waiting.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (coordinator.Questions <= 3 && clock.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(Grace);
        Assert.False(waiting.IsCompleted);
        Assert.True(coordinator.Questions > 3, $"{coordinator.Questions} questions in {clock.Elapsed.TotalSeconds:F1} s");
        answer.SetResult(new AdvanceReport(2010, 2010, false));
        Assert.Equal(2010, (await waiting).LastYear);
    }

    /// <summary>A coordinator that only answers <see cref="IRunCoordinatorGrain.Status"/> (never, when <paramref name="status"/> is null).</summary>
    private sealed class Coordinator(CoordinatorStatus? status) : IRunCoordinatorGrain
    {
        public int Questions { get; private set; }

        public Task<CoordinatorStatus> Status()
        {
            Questions++;
            return status is null ? new TaskCompletionSource<CoordinatorStatus>().Task : Task.FromResult(status);
        }

        public Task Start(RunDefinition definition, FirmBatch firms) => throw new NotSupportedException();
        public Task AddFirms(FirmBatch batch) => throw new NotSupportedException();
        public Task<AdvanceReport> Advance(CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<Rdsim.Engine.Results.ReplicateResult> GetReplicate(int replicate) => throw new NotSupportedException();
        public Task Close(bool letGo) => throw new NotSupportedException();
        public Task<FirmBatch> GetShardFirms(int shard) => throw new NotSupportedException();
        public Task<RunSetup> GetSetup() => throw new NotSupportedException();
        public Task<YearContext[]> GetYears(int fromYear, int throughYear) => throw new NotSupportedException();
        public Task<Rdsim.Model.Firms.FirmTraits> GetTraits(int firmId) => throw new NotSupportedException();
    }
}
