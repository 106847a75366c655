using System.Net;
using Rdsim.Orleans.Grains;

namespace Rdsim.Orleans.Tests.Grains;

/// <summary>
/// The coordinator's watch over an advance after a silo is lost: an advance that hangs fails as a lost silo (and tells the
/// shards to stop) once the allowance after the loss has passed; one that finishes in time, or runs long with no silo lost, is
/// kept.
/// </summary>
public class LostSiloWatchTests
{
    private static readonly SiloAddress Victim = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 40711), 1);
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task An_advance_left_hanging_by_a_lost_silo_fails_as_lost_and_stops_the_shards()
    {
        using var stepping = new CancellationTokenSource();
        var never = new TaskCompletionSource<int>().Task;

        var e = await Assert.ThrowsAsync<SiloUnavailableException>(() =>
            LostSiloWatch.Await(never, () => Victim, TimeSpan.Zero, stepping, 2004, Grace, Period));

        Assert.True(stepping.IsCancellationRequested);
        Assert.Contains("127.0.0.1:40711", e.Message);
        Assert.Contains("step of 2004 did not finish", e.Message);
    }

    [Fact]
    public async Task The_allowance_after_a_loss_is_the_grace_plus_twice_the_longest_advance()
    {
        using var stepping = new CancellationTokenSource();
        var never = new TaskCompletionSource<int>().Task;
        var longest = TimeSpan.FromMilliseconds(400);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAsync<SiloUnavailableException>(() => LostSiloWatch.Await(never, () => Victim, longest, stepping, 2004, Grace, Period));

        Assert.True(clock.Elapsed >= Grace + 2 * longest, $"failed after {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task An_advance_that_finishes_within_the_allowance_after_a_loss_is_kept()
    {
        using var stepping = new CancellationTokenSource();
        var answer = new TaskCompletionSource<int>();
        var waiting = LostSiloWatch.Await(answer.Task, () => Victim, TimeSpan.FromSeconds(30), stepping, 2004, Grace, Period);
        await Task.Delay(50);

        answer.SetResult(7);

        Assert.Equal(7, await waiting);
        Assert.False(stepping.IsCancellationRequested);
    }

    [Fact]
    public async Task A_long_advance_with_no_silo_lost_is_waited_for()
    {
        using var stepping = new CancellationTokenSource();
        var answer = new TaskCompletionSource<int>();
        var looks = 0;
        var waiting = LostSiloWatch.Await(answer.Task, () => { Interlocked.Increment(ref looks); return null; }, TimeSpan.Zero, stepping, 2004, Grace, Period);
        // Many grace periods pass (more on a loaded machine) before the membership has been looked at often enough.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((Volatile.Read(ref looks) < 30 || clock.Elapsed < 3 * Grace) && clock.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(Grace);

        Assert.False(waiting.IsCompleted);
        answer.SetResult(7);
        Assert.Equal(7, await waiting);
        Assert.False(stepping.IsCancellationRequested);
    }
}
