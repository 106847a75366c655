namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>What a run's coordinator says while a client waits for an advance.</summary>
/// <param name="Running">Whether it holds a run: false from a fresh activation after the coordinator's silo was lost.</param>
/// <param name="NextYear">The next year it will step (it moves on only when an advance completes).</param>
/// <param name="Failed">Whether an advance failed (the run cannot go on).</param>
/// <param name="Stepping">Whether an advance is in flight: a client that waits for one the coordinator is not stepping sent a call that never arrived.</param>
[GenerateSerializer, Immutable, Alias("rdsim.CoordinatorStatus")]
public sealed record CoordinatorStatus(
    [property: Id(0)] bool Running,
    [property: Id(1)] int NextYear,
    [property: Id(2)] bool Failed,
    [property: Id(3)] bool Stepping);
