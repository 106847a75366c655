using Rdsim.Model.Firms;
using Rdsim.Orleans.Hosting;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// A firm's state in each run that holds one, by run id: usually one run, a few when runs on the same population overlap, so a
/// short list searched in order. A run's state is dropped with its last batch or its release; one that no call has touched for
/// <see cref="RdsimOrleansDefaults.PopulationKeepAlive"/> (its run was abandoned and never released) is dropped at the next call,
/// so an abandoned run cannot hold memory in a firm that other runs keep active.
/// </summary>
internal sealed class FirmRuns
{
    private readonly List<Entry> _runs = new(1);

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

    /// <summary>Holds the states of a run.</summary>
    public void Add(Guid runId, FirmState[] states) => _runs.Add(new Entry(runId, states) { Used = Time.GetTimestamp() });

    /// <summary>Drops the states of a run, if held.</summary>
    public void Remove(Guid runId) => _runs.RemoveAll(e => e.RunId == runId);

    private sealed class Entry(Guid runId, FirmState[] states)
    {
        public Guid RunId { get; } = runId;

        public FirmState[] States { get; } = states;

        public long Used { get; set; }
    }
}
