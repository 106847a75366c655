namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>The reported years of one replicate.</summary>
/// <param name="Replicate">Replicate index (0-based).</param>
/// <param name="Seed">The replicate's seed.</param>
/// <param name="Years">Reported years in order.</param>
[GenerateSerializer, Immutable, Alias("rdsim.ReplicateRecord")]
public sealed record ReplicateRecord(
    [property: Id(0)] int Replicate,
    [property: Id(1)] ulong Seed,
    [property: Id(2)] YearRecord[] Years);
