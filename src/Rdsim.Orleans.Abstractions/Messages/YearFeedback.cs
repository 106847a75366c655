using Rdsim.Engine;
using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Abstractions.Messages;

/// <summary>
/// A year's inputs as they travel to the shards: per slot what only the run's driver knows when the year comes (the replicate's
/// seed, the R&amp;D input price, the sector spillovers), without the year's policy, which each silo holds in the run's setup.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Seeds">Seed by <see cref="YearDriver.Slot"/>.</param>
/// <param name="RdInputPrices">R&amp;D input price by slot.</param>
/// <param name="SectorSpillovers">Spillover by sector id, by slot.</param>
[GenerateSerializer, Immutable, Alias("rdsim.YearFeedback")]
public sealed record YearFeedback(
    [property: Id(0)] int Year,
    [property: Id(1)] ulong[] Seeds,
    [property: Id(2)] double[] RdInputPrices,
    [property: Id(3)] double[][] SectorSpillovers)
{
    /// <summary>The feedback part of a year's context.</summary>
    public static YearFeedback Of(YearContext context) =>
        new(context.Year, [.. context.Inputs.Select(i => i.Seed)], [.. context.Inputs.Select(i => i.RdInputPrice)],
            [.. context.Inputs.Select(i => i.SectorSpillover.ToArray())]);
}
