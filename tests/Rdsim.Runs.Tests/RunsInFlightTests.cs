using Rdsim.Runs;

namespace Rdsim.Runs.Tests;

/// <summary>A batch's runs a few at a time: never more than the limit, each once, a failure stops the rest and is the one reported.</summary>
public sealed class RunsInFlightTests
{
    [Fact]
    public async Task Every_run_happens_once_and_no_more_than_the_limit_are_in_flight()
    {
        var ran = new int[20];
        var (inFlight, most) = (0, 0);
        await RunsInFlight.ForEach(ran.Length, 3, async (i, token) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            lock (ran) most = Math.Max(most, now);
            await Task.Delay(5 + 7 * (i % 3), token);   // later runs overtake earlier ones
            Interlocked.Increment(ref ran[i]);
            Interlocked.Decrement(ref inFlight);
        }, CancellationToken.None);

        Assert.All(ran, count => Assert.Equal(1, count));
        Assert.Equal(3, most);
    }

    [Fact]
    public async Task A_limit_of_one_runs_them_one_after_another_in_index_order()
    {
        var order = new List<int>();
        await RunsInFlight.ForEach(5, 1, async (i, _) =>
        {
            await Task.Yield();
            lock (order) order.Add(i);
        }, CancellationToken.None);

        Assert.Equal([0, 1, 2, 3, 4], order);
    }

    [Fact]
    public async Task A_failed_run_stops_the_others_and_the_lowest_failed_index_is_reported()
    {
        var started = new List<int>();
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => RunsInFlight.ForEach(50, 4, async (i, token) =>
        {
            lock (started) started.Add(i);
            if (i is 2 or 3) throw new InvalidOperationException($"run {i}");
            await Task.Delay(Timeout.Infinite, token);   // ends only when stopped
        }, CancellationToken.None));

        Assert.Equal("run 2", failure.Message);
        Assert.True(started.Count < 50, "runs went on starting after a failure");
    }

    [Fact]
    public async Task Stopped_by_the_caller_it_throws_cancellation_once_the_runs_have_ended()
    {
        using var stop = new CancellationTokenSource();
        var ended = 0;
        var batch = RunsInFlight.ForEach(10, 2, async (_, token) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            finally
            {
                Interlocked.Increment(ref ended);
            }
        }, stop.Token);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batch);
        Assert.Equal(2, ended);
    }
}
