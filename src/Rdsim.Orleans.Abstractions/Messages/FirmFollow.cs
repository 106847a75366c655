namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>
/// A shard's call to a firm to follow a run whose years are linked by cross-firm feedback: which run, and which shard's board
/// on the firm's silo to step by. One object per shard and run, sent to all its firms (a class, as <see cref="FirmStep"/> is).
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="Shard">The shard's index: the firm finds the shard's board on its silo by run and shard.</param>
[GenerateSerializer, Immutable, Alias("rdsim.FirmFollow")]
public sealed record FirmFollow(
    [property: Id(0)] Guid RunId,
    [property: Id(1)] int Shard);
