using Rdsim.Model.Firms;
using Rdsim.Orleans.Hosting;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// A firm's state in each run that holds one, by run id, packed between calls (<see cref="PackedStates"/>): usually one run, a
/// few when runs on the same population overlap, so a short list searched in order (linked through its entries: a list object
/// and its array were 64 bytes in every one of a million activations). A run's state is dropped with its last
/// batch or its release; one that no call has touched for <see cref="RdsimOrleansDefaults.PopulationKeepAlive"/> (its run was
/// abandoned and never released) is dropped at the next call, so an abandoned run cannot hold memory in a firm that other runs
/// keep active. The entry of the run that ended last is kept
/// for the next run, with its packed array: a run's entry lives as long as the run, so the GC had moved it to its oldest
/// generation, where garbage, and a new object referenced from there, cost most; keeping one adds nothing to the peak (a run
/// holds one anyway). The states a call gets are its thread's (<see cref="PackedStates.Scratch"/>): the grain stores them back
/// with <see cref="Store"/> before it awaits.
/// </summary>
internal sealed class FirmRuns
{
    private Entry? _first;
    private Entry? _spare;

    /// <summary>The clock states age by (a test's own, to age them).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How many runs hold state.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            for (var entry = _first; entry is not null; entry = entry.Next) count++;
            return count;
        }
    }

    /// <summary>The states of a run by slot, unpacked (valid until the grain awaits), or null when the firm holds none for it.</summary>
    public FirmState[]? Get(Guid runId) => Find(runId) is { } entry ? PackedStates.Unpack(entry.Packed, entry.Slots) : null;

    /// <summary>The last year stepped in a run, or null when the firm holds no state for it (nothing is unpacked).</summary>
    public int? Year(Guid runId) => Find(runId)?.Year;

    /// <summary>Holds state for a new run: <paramref name="states"/> (the starting ones), packed, in the kept entry.</summary>
    public void Start(Guid runId, ReadOnlySpan<FirmState> states)
    {
        var entry = _spare ?? new Entry();
        _spare = null;
        entry.RunId = runId;
        entry.Used = Time.GetTimestamp();
        entry.Set(states);
        entry.Next = _first;
        _first = entry;
    }

    /// <summary>Stores a run's stepped states back (the firm holds state for the run).</summary>
    public void Store(Guid runId, ReadOnlySpan<FirmState> states) =>
        (Find(runId) ?? throw new InvalidOperationException($"The firm holds no state for run {runId}.")).Set(states);

    /// <summary>Drops the states of a run, if held, keeping its entry for the next run.</summary>
    public void Remove(Guid runId)
    {
        Entry? previous = null;
        for (var entry = _first; entry is not null; previous = entry, entry = entry.Next)
        {
            if (entry.RunId != runId) continue;
            Unlink(previous, entry);
            entry.Next = null;
            _spare ??= entry;
            return;
        }
    }

    /// <summary>The entry of a run, touched now; entries no call has touched for the keep-alive are dropped on the way.</summary>
    private Entry? Find(Guid runId)
    {
        var now = Time.GetTimestamp();
        Entry? found = null;
        Entry? previous = null;
        for (var entry = _first; entry is not null; entry = entry.Next)
        {
            if (entry.RunId == runId)
            {
                entry.Used = now;
                found = entry;
            }
            else if (Time.GetElapsedTime(entry.Used, now) > RdsimOrleansDefaults.PopulationKeepAlive)
            {
                Unlink(previous, entry);
                continue;
            }
            previous = entry;
        }
        return found;
    }

    private void Unlink(Entry? previous, Entry entry)
    {
        if (previous is null) _first = entry.Next;
        else previous.Next = entry.Next;
    }

    private sealed class Entry
    {
        public Guid RunId { get; set; }

        public byte[] Packed { get; private set; } = [];

        public int Slots { get; private set; }

        /// <summary>The year of the first slot's state (all slots are at the same year).</summary>
        public int Year { get; private set; }

        public long Used { get; set; }

        public Entry? Next { get; set; }

        public void Set(ReadOnlySpan<FirmState> states)
        {
            Packed = PackedStates.Pack(states, Packed);
            Slots = states.Length;
            Year = states[0].Year;
        }
    }
}
