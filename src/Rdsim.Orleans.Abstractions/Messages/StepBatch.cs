using Rdsim.Engine;
using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>
/// One step call: consecutive years to step every firm through, in both worlds and every replicate.
/// A shard passes the same instance to all its firms (immutable: no copy inside a silo).
/// </summary>
/// <param name="Setup">The run's shared setup.</param>
/// <param name="Years">The years to step, consecutive and in order.</param>
[GenerateSerializer, Immutable, Alias("rdsim.StepBatch")]
public sealed record StepBatch(
    [property: Id(0)] RunSetup Setup,
    [property: Id(1)] YearContext[] Years)
{
    /// <summary>The first year of the batch.</summary>
    public int FirstYear => Years[0].Year;

    /// <summary>Outcome or breakdown slots of the batch: years × replicates × 2 worlds.</summary>
    public int Slots => Years.Length * Setup.Replicates * 2;

    /// <summary>The slot of a year (by its index in <see cref="Years"/>), replicate and world.</summary>
    public int Slot(int yearIndex, int replicate, World world) =>
        yearIndex * Setup.Replicates * 2 + YearDriver.Slot(replicate, world);
}
