using Rdsim.Model.Aggregation;

namespace Rdsim.Orleans.Abstractions.Surrogates;

/// <summary>Converts a year aggregate to and from its wire form without touching a bit.</summary>
[RegisterConverter]
public sealed class YearAggregateConverter : IConverter<YearAggregate, YearAggregateSurrogate>
{
    /// <inheritdoc />
    public YearAggregate ConvertFromSurrogate(in YearAggregateSurrogate s)
    {
        var sums = new Int128[s.SumHigh.Length];
        for (var i = 0; i < sums.Length; i++) sums[i] = new Int128(unchecked((ulong)s.SumHigh[i]), s.SumLow[i]);
        return new YearAggregate(s.Counts, sums);
    }

    /// <inheritdoc />
    public YearAggregateSurrogate ConvertToSurrogate(in YearAggregate v)
    {
        var high = new long[v.Sums.Count];
        var low = new ulong[v.Sums.Count];
        for (var i = 0; i < high.Length; i++)
        {
            high[i] = (long)(v.Sums[i] >> 64);
            low[i] = (ulong)(v.Sums[i] & ulong.MaxValue);
        }
        return new YearAggregateSurrogate(v.Counts.ToArray(), high, low);
    }
}
