using System.Collections.Concurrent;
using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// The silo's outcome arrays for firm answers, reused: every firm call answered with a new array was ≈ 5 KB of garbage
/// (26 outcomes of a 13-year run), half of what a run allocated and the most of its GC pauses. A firm rents one for its
/// answer; its shard, having added the outcomes to its breakdowns, returns it. That is safe because a shard reads an answer
/// once, at once, and nothing else sees it: on one silo the answer travels by reference (it is immutable to Orleans), and
/// across silos the shard gets and returns a copy while the firm's silo never sees its array again.
/// </summary>
internal sealed class OutcomeBuffers
{
    /// <summary>Arrays kept per length: more than the answers in flight (16 shards × 64 calls), so a steady run allocates none.</summary>
    private const int KeptPerLength = 4096;

    private readonly ConcurrentDictionary<int, Kept> _byLength = new();

    /// <summary>An array of exactly <paramref name="length"/> outcomes, each to be overwritten.</summary>
    public FirmYearOutcome[] Rent(int length) =>
        _byLength.TryGetValue(length, out var kept) && kept.Arrays.TryTake(out var array) ? kept.Taken(array) : new FirmYearOutcome[length];

    /// <summary>Takes back an array whose outcomes have been read.</summary>
    public void Return(FirmYearOutcome[] array)
    {
        var kept = _byLength.GetOrAdd(array.Length, _ => new Kept());
        if (Interlocked.Increment(ref kept.Count) <= KeptPerLength) kept.Arrays.Add(array);
        else Interlocked.Decrement(ref kept.Count);
    }

    private sealed class Kept
    {
        public readonly ConcurrentBag<FirmYearOutcome[]> Arrays = [];
        public int Count;

        public FirmYearOutcome[] Taken(FirmYearOutcome[] array)
        {
            Interlocked.Decrement(ref Count);
            return array;
        }
    }
}
