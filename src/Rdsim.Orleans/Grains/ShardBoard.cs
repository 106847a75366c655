using System.Runtime.ExceptionServices;
using Rdsim.Engine;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;
using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// Where a shard and the firms that follow one of its runs (<see cref="EnterpriseGrain.Follow"/>) meet on their silo, for a run
/// whose years are linked by feedback. The shard opens each year once its inputs are in the silo's book; every follower, woken
/// on its own activation, steps it and adds its outcomes to the year's partial breakdowns here (exact integer sums, so the order
/// in which firms add cannot change a bit); the last to report completes the year for the shard. A year then costs a firm one
/// turn on its activation instead of a grain call each way (a message, a lookup, a queue, a response, a callback), which was
/// most of a feedback year's time. Closed (the run released or failed, the shard or a follower deactivating), it lets the
/// followers waiting for a year stand down; the shard steps every firm call by call from then on.
/// </summary>
internal sealed class ShardBoard
{
    private readonly RunSetup _setup;
    private readonly int _firms;
    private readonly TaskCompletionSource<bool>[] _go;
    private readonly Lock _gate = new();
    private readonly List<int> _away = [];
    private int _opened;
    private bool _closed;
    private Exception? _failure;
    private int _pending;
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private YearBreakdown[] _breakdowns;
    private int _awaitedLeft = -1;
    private TaskCompletionSource? _reached;

    /// <summary>A board whose first year is open: the firms step it as they begin following.</summary>
    public ShardBoard(RunSetup setup, int firms)
    {
        _setup = setup;
        _firms = firms;
        _go = [.. Enumerable.Range(0, setup.LastYear - setup.StartYear + 1).Select(_ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously))];
        _go[0].SetResult(true);
        _opened = setup.StartYear;
        _pending = firms;
        _breakdowns = NewBreakdowns();
        if (firms == 0) _done.SetResult();
    }

    /// <summary>Whether <paramref name="year"/> is to be stepped (true once the shard opens it) or the follower stands down (false).</summary>
    public Task<bool> Go(int year) => _go[year - _setup.StartYear].Task;

    /// <summary>The open year's end: every firm following it has reported (faulted when a follower failed).</summary>
    public Task Done => _done.Task;

    /// <summary>The open year's partial breakdowns by slot: complete once <see cref="Done"/> is.</summary>
    public YearBreakdown[] Breakdowns => _breakdowns;

    /// <summary>The positions (in the shard) of the firms that are not on this silo: the shard steps them call by call.</summary>
    public IReadOnlyList<int> Away => _away;

    /// <summary>
    /// Completes when at least <paramref name="firms"/> firms have reported the first year (or said they are elsewhere): the shard
    /// asks firms to follow in waves, as it sends calls, so that activation is not asked of every firm at once.
    /// </summary>
    public Task WhenReported(int firms)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _reached, reached);
        Interlocked.Exchange(ref _awaitedLeft, _firms - firms);
        if (Volatile.Read(ref _pending) <= _firms - firms) reached.TrySetResult();
        lock (_gate)
        {
            if (_failure is not null) reached.TrySetException(_failure);
        }
        return reached.Task;
    }

    /// <summary>
    /// Opens <paramref name="year"/> to the followers, once the year before is done and the year's inputs are in the silo's book;
    /// false when the board has closed (the shard then steps every firm by call).
    /// </summary>
    public bool Open(int year)
    {
        lock (_gate)
        {
            if (_failure is not null) ExceptionDispatchInfo.Throw(_failure);
            if (_closed) return false;
            _opened = year;
            _awaitedLeft = -1;
            _pending = _firms - _away.Count;
            _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _breakdowns = NewBreakdowns();
        }
        if (_pending == 0) _done.SetResult();
        _go[year - _setup.StartYear].SetResult(true);
        return true;
    }

    /// <summary>Adds a firm's paired outcomes of the open year in one replicate (from any thread).</summary>
    public void Add(in FirmTraits firm, int replicate, in FirmYearOutcome withPolicy, in FirmYearOutcome without)
    {
        lock (_gate)
        {
            PairedYear.Aggregate(withPolicy, without, firm, _breakdowns[YearDriver.Slot(replicate, World.Scenario)],
                _breakdowns[YearDriver.Slot(replicate, World.Counterfactual)]);
        }
    }

    /// <summary>A follower has added every replicate of the open year.</summary>
    public void Reported()
    {
        var left = Interlocked.Decrement(ref _pending);
        if (left == 0) _done.TrySetResult();
        if (left <= Volatile.Read(ref _awaitedLeft)) Volatile.Read(ref _reached)?.TrySetResult();
    }

    /// <summary>The firm at <paramref name="position"/> is not on this silo and stepped nothing (the shard's own scheduler, first year only).</summary>
    public void Elsewhere(int position)
    {
        _away.Add(position);
        Reported();
    }

    /// <summary>A follower failed: the open year fails with it, and so does the next <see cref="Open"/>.</summary>
    public void Fail(Exception failure)
    {
        lock (_gate) _failure ??= failure;
        _done.TrySetException(failure);
        Volatile.Read(ref _reached)?.TrySetException(failure);
        Close();
    }

    /// <summary>Lets every follower waiting for a year stand down; a year already open runs to its end.</summary>
    public void Close()
    {
        int next;
        lock (_gate)
        {
            if (_closed) return;
            _closed = true;
            next = _opened + 1;
        }
        for (var year = next; year <= _setup.LastYear; year++) _go[year - _setup.StartYear].TrySetResult(false);
    }

    private YearBreakdown[] NewBreakdowns() => [.. Enumerable.Range(0, _setup.Slots(1)).Select(_ => new YearBreakdown())];
}
