using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// What a silo's shard and firm grains share: its cache of runs, its boards of runs with feedback, its outcome arrays, and the
/// traits of the populations whose shards are active on it. A grain keeps one reference to this (three service references
/// were 24 bytes in each of a million activations), and a firm does not keep its traits: it points into its shard's array
/// (<see cref="TraitsSlot"/>, 16 bytes against 80 for its own copy). A shard holds the range of the run's firm array it was
/// given (on one silo, the coordinator's own array: no copy), and registers it here by population while it is active.
/// </summary>
internal sealed class FirmServices(RunBooks books, ShardBoards boards, OutcomeBuffers buffers)
{
    private readonly Lock _gate = new();

    /// <summary>The firm ranges active shards hold, by population; replaced, never changed, so that a lookup takes no lock.</summary>
    private volatile Dictionary<Guid, ArraySegment<FirmTraits>[]> _held = [];

    public RunBooks Books => books;

    public ShardBoards Boards => boards;

    public OutcomeBuffers Buffers => buffers;

    /// <summary>A shard of <paramref name="population"/> on this silo holds <paramref name="firms"/> (until <see cref="Drop"/>).</summary>
    public void Hold(Guid population, ArraySegment<FirmTraits> firms)
    {
        lock (_gate)
        {
            var held = new Dictionary<Guid, ArraySegment<FirmTraits>[]>(_held);
            held[population] = [.. held.GetValueOrDefault(population, []), firms];
            _held = held;
        }
    }

    /// <summary>The shard that held <paramref name="firms"/> lets them go.</summary>
    public void Drop(Guid population, ArraySegment<FirmTraits> firms)
    {
        lock (_gate)
        {
            if (!_held.TryGetValue(population, out var ranges)) return;
            var left = ranges.Where(r => r != firms).ToArray();
            var held = new Dictionary<Guid, ArraySegment<FirmTraits>[]>(_held);
            if (left.Length == 0) held.Remove(population);
            else held[population] = left;
            _held = held;
        }
    }

    /// <summary>
    /// Where a firm of <paramref name="population"/> begun with <paramref name="traits"/> keeps them: in its shard's range when
    /// a shard on this silo holds it with these very traits, else (the firm is away from its shard's silo) in an array of its own.
    /// </summary>
    public TraitsSlot Slot(Guid population, in FirmTraits traits) =>
        Find(population, traits.Id) is { } slot && slot.Value == traits ? slot : new TraitsSlot([traits], 0);

    /// <summary>Where a shard on this silo holds firm <paramref name="firmId"/> of <paramref name="population"/>, if one does.</summary>
    public TraitsSlot? Find(Guid population, int firmId)
    {
        if (!_held.TryGetValue(population, out var ranges)) return null;
        foreach (var range in ranges)
        {
            // Ids are dense and in order (the input is validated so), so a range's first id places every firm in it.
            if (range.Count > 0 && (uint)(firmId - range[0].Id) < (uint)range.Count) return new TraitsSlot(range.Array!, range.Offset + firmId - range[0].Id);
        }
        return null;
    }
}

/// <summary>Where a firm grain's traits are: an element of an array its silo shares (or of its own), which nothing writes once given.</summary>
/// <param name="Array">The array.</param>
/// <param name="Index">The firm's element.</param>
internal readonly record struct TraitsSlot(FirmTraits[]? Array, int Index)
{
    /// <summary>Whether the firm has been given its traits.</summary>
    public bool Held => Array is not null;

    /// <summary>The firm's traits.</summary>
    public ref readonly FirmTraits Value => ref Array![Index];
}
