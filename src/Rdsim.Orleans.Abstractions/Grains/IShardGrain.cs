using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Abstractions.Grains;

/// <summary>
/// A fixed range of a run's firm ids (key: run id + shard index). Fans a batch out to its firms with
/// bounded concurrency and returns their exact partial aggregates.
/// </summary>
[Alias("rdsim.IShardGrain")]
public interface IShardGrain : IGrainWithGuidCompoundKey
{
    /// <summary>Steps every firm of the shard through the batch.</summary>
    [Alias("Step")]
    Task<ShardStepResult> Step(StepBatch batch, CancellationToken cancellationToken);

    /// <summary>Releases the shard's firms (when any was stepped) and then the shard itself.</summary>
    [Alias("Release")]
    Task Release(bool firmsStepped);
}
