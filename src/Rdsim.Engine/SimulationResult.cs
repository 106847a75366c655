using Rdsim.Engine.Results;

namespace Rdsim.Engine;

/// <summary>Everything a run produced, replicate by replicate.</summary>
/// <param name="Engine">The engine's name.</param>
/// <param name="Replicates">Replicates in order.</param>
/// <param name="Timings">Wall-clock time of each phase (e.g. <c>setup</c>, <c>firstYear</c>, <c>years</c>).</param>
public sealed record SimulationResult(string Engine, IReadOnlyList<ReplicateResult> Replicates, IReadOnlyDictionary<string, TimeSpan> Timings);
