using Rdsim.Model.Aggregation;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>The wire form of a <see cref="YearBreakdown"/>: every aggregate and the histogram.</summary>
/// <param name="Total">See <see cref="YearBreakdown.Total"/>.</param>
/// <param name="BySector">See <see cref="YearBreakdown.BySector"/>.</param>
/// <param name="BySize">See <see cref="YearBreakdown.BySize"/>.</param>
/// <param name="Histogram">See <see cref="YearBreakdown.Histogram"/>.</param>
/// <param name="ByTaxStatus">See <see cref="YearBreakdown.ByTaxStatus"/>.</param>
/// <param name="ByRegion">See <see cref="YearBreakdown.ByRegion"/>.</param>
/// <param name="ManufacturingBySize">See <see cref="YearBreakdown.ManufacturingBySize"/>.</param>
[GenerateSerializer, Immutable, Alias("rdsim.YearBreakdown")]
public readonly record struct YearBreakdownSurrogate(
    [property: Id(0)] YearAggregate Total,
    [property: Id(1)] YearAggregate[] BySector,
    [property: Id(2)] YearAggregate[] BySize,
    [property: Id(3)] long[] Histogram,
    [property: Id(4)] YearAggregate[] ByTaxStatus,
    [property: Id(5)] YearAggregate[] ByRegion,
    [property: Id(6)] YearAggregate[] ManufacturingBySize);
