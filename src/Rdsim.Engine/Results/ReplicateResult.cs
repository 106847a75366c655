namespace Rdsim.Engine.Results;

/// <summary>The reported years of one replicate.</summary>
/// <param name="Replicate">Replicate index (0-based).</param>
/// <param name="Seed">The replicate's own seed (derived from the run seed).</param>
/// <param name="Years">Reported years in order (warm-up years are not reported).</param>
public sealed record ReplicateResult(int Replicate, ulong Seed, IReadOnlyList<YearResult> Years);
