namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>
/// The wire form of a <see cref="Rdsim.Model.Aggregation.YearAggregate"/>: its raw counts, and its raw
/// 128-bit fixed-point sums split into high and low 64-bit halves (the serializer has no Int128 codec).
/// </summary>
/// <param name="Counts">The raw counts, in <see cref="Rdsim.Model.Aggregation.CountMetric"/> order.</param>
/// <param name="SumHigh">The upper 64 bits of each raw sum, in <see cref="Rdsim.Model.Aggregation.SumMetric"/> order.</param>
/// <param name="SumLow">The lower 64 bits of each raw sum.</param>
[GenerateSerializer, Immutable, Alias("rdsim.YearAggregate")]
public readonly record struct YearAggregateSurrogate(
    [property: Id(0)] long[] Counts,
    [property: Id(1)] long[] SumHigh,
    [property: Id(2)] ulong[] SumLow);
