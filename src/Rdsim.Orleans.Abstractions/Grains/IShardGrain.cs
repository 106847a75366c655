using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Abstractions.Grains;

/// <summary>
/// A fixed range of a population's firm ids (key: population fingerprint + shard index and count), active across the runs on
/// that population. Fans a run's batch out to its firms with bounded concurrency and returns their exact partial aggregates.
/// </summary>
[Alias("rdsim.IShardGrain")]
public interface IShardGrain : IGrainWithGuidCompoundKey
{
    /// <summary>Caches the batch's year inputs on the shard's silo and steps every firm of the shard through the batch.</summary>
    [Alias("Step")]
    Task<ShardStepResult> Step(ShardStep step, CancellationToken cancellationToken);

    /// <summary>
    /// Ends a run on the shard: drops its setup from the silo's cache and, when <paramref name="firmsHoldState"/> (the run did not
    /// reach its last batch) or <paramref name="letGo"/>, tells every firm. With <paramref name="letGo"/> the firms and the
    /// shard leave memory unless another run uses them; without it they stay active for the population's next run.
    /// </summary>
    [Alias("Release")]
    Task Release(Guid runId, bool firmsHoldState, bool letGo);
}
