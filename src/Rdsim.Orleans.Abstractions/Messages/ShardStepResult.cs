using Rdsim.Model.Aggregation;

namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>A shard's partial aggregates of a <see cref="ShardStep"/> (exact sums over its firms).</summary>
/// <param name="Shard">The shard's index.</param>
/// <param name="Breakdowns">Breakdowns by <see cref="RunSetup.Slot"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.ShardStepResult")]
public sealed record ShardStepResult(
    [property: Id(0)] int Shard,
    [property: Id(1)] YearBreakdown[] Breakdowns);
