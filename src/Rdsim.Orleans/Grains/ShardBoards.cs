using System.Collections.Concurrent;

namespace Rdsim.Orleans.Grains;

/// <summary>
/// The silo's <see cref="ShardBoard"/>s, by run and shard: a firm asked to follow finds its shard's board here only when it is on
/// the shard's silo (firms are placed by their shard, but an activation may land elsewhere after a silo joins or leaves).
/// </summary>
internal sealed class ShardBoards
{
    private readonly ConcurrentDictionary<(Guid RunId, int Shard), ShardBoard> _boards = new();

    public void Add(Guid runId, int shard, ShardBoard board) => _boards[(runId, shard)] = board;

    public bool TryGet(Guid runId, int shard, out ShardBoard board) => _boards.TryGetValue((runId, shard), out board!);

    /// <summary>Closes and forgets a run's board of a shard, if the silo holds one.</summary>
    public void Close(Guid runId, int shard)
    {
        if (_boards.TryRemove((runId, shard), out var board)) board.Close();
    }
}
