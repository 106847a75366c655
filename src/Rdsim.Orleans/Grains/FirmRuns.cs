using Rdsim.Model.Firms;
using Rdsim.Orleans.Hosting;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// A firm's state in each run that holds one, by run id: usually one run, a few when runs on the same population overlap, so a
/// short list searched in order. A run's state is dropped with its last batch or its release; one that no call has touched for
/// <see cref="RdsimOrleansDefaults.PopulationKeepAlive"/> (its run was abandoned and never released) is dropped at the next call,
/// so an abandoned run cannot hold memory in a firm that other runs keep active. The entry of the run that ended last is kept
/// for the next run: a run's entry lives as long as the run, so the GC had moved it to its oldest generation, where garbage,
/// and a new object referenced from there, cost most; keeping one adds nothing to the peak (a run holds one anyway).
/// </summary>
internal sealed class FirmRuns
{
    private readonly List<Entry> _runs = new(1);
    private Entry? _spare;

    /// <summary>The clock states age by (a test's own, to age them).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How many runs hold state.</summary>
    public int Count => _runs.Count;

    /// <summary>The states of a run by slot, or null when the firm holds none for it.</summary>
    public FirmState[]? Get(Guid runId)
    {
        var now = Time.GetTimestamp();
        FirmState[]? found = null;
        for (var i = _runs.Count - 1; i >= 0; i--)
        {
            var entry = _runs[i];
            if (entry.RunId == runId)
            {
                entry.Used = now;
                found = entry.States;
            }
            else if (Time.GetElapsedTime(entry.Used, now) > RdsimOrleansDefaults.PopulationKeepAlive)
            {
                _runs.RemoveAt(i);
            }
        }
        return found;
    }

    /// <summary>Holds state for a new run: <paramref name="slots"/> states (the caller writes the starting ones), in the kept entry when it fits.</summary>
    public FirmState[] Start(Guid runId, int slots)
    {
        var entry = _spare is { } spare && spare.States.Length == slots ? spare : new Entry(new FirmState[slots]);
        _spare = null;
        entry.RunId = runId;
        entry.Used = Time.GetTimestamp();
        _runs.Add(entry);
        return entry.States;
    }

    /// <summary>Drops the states of a run, if held, keeping its entry for the next run.</summary>
    public void Remove(Guid runId)
    {
        for (var i = _runs.Count - 1; i >= 0; i--)
        {
            if (_runs[i].RunId != runId) continue;
            _spare ??= _runs[i];
            _runs.RemoveAt(i);
        }
    }

    private sealed class Entry(FirmState[] states)
    {
        public Guid RunId { get; set; }

        public FirmState[] States { get; } = states;

        public long Used { get; set; }
    }
}
