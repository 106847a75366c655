using System.Reflection;
using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Orleans.Abstractions.Surrogates;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Surrogates;

/// <summary>Model and result records cross the wire bit for bit through their converters, which keep up with the model.</summary>
[Collection(OneSiloCollection.Name)]
public sealed class SurrogateTests(OneSiloFixture fixture)
{
    [Fact]
    public void IntensityBands_OfAnyNumberOfBands_RoundTripBitForBit()
    {
        var bands = new IntensityBands([Math.BitIncrement(20.0), 50, 1e300], [0.1 + 0.2, 0.05, double.Epsilon, 0.03], [false, true, false]);
        var policy = new YearPolicy { IntensityBands = bands };

        var copy = fixture.RoundTrip(policy).IntensityBands;

        Assert.Equal(bands.Edges.Select(BitConverter.DoubleToInt64Bits), copy.Edges.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(bands.Thresholds.Select(BitConverter.DoubleToInt64Bits), copy.Thresholds.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(bands.EdgeInLowerBand, copy.EdgeInLowerBand);
        var single = fixture.RoundTrip(IntensityBands.RulesPre2008);
        Assert.Empty(single.Edges);
        Assert.Equal([0.05], single.Thresholds);
        Assert.Empty(single.EdgeInLowerBand);
    }

    [Fact]
    public void YearBreakdown_RoundTripsRaw128BitSums()
    {
        var counts = Enumerable.Range(0, Enum.GetValues<CountMetric>().Length).Select(i => (long)i * 1_000_003).ToArray();
        var sums = Enumerable.Range(0, Enum.GetValues<SumMetric>().Length)
            .Select(i => i % 3 == 0 ? Int128.MinValue + i : i % 3 == 1 ? (Int128.One << 100) + i : -(Int128)i * 7).ToArray();
        var aggregate = new YearAggregate(counts, sums);
        var breakdown = new YearBreakdown(aggregate, Enumerable.Repeat(aggregate, Sectors.Count).ToArray(),
            Enumerable.Repeat(new YearAggregate(), SizeClasses.Count).ToArray(), Enumerable.Repeat(aggregate, TaxStatuses.Count).ToArray(),
            [new YearAggregate(), aggregate],
            Enumerable.Range(0, IntensityHistogram.Kinds * IntensityHistogram.Slots).Select(i => (long)i).ToArray(),
            [aggregate, new YearAggregate(), aggregate, new YearAggregate()]);

        var replicate = new ReplicateResult(1, (1UL << 53) - 1, [new YearResult(2020, breakdown, new YearBreakdown(), 1.25, double.Epsilon)]);

        var copy = fixture.RoundTrip(replicate);

        Assert.Equal((1, (1UL << 53) - 1), (copy.Replicate, copy.Seed));
        var year = Assert.Single(copy.Years);
        Assert.Equal(sums, year.Scenario.Total.Sums);
        Assert.Equal(counts, year.Scenario.BySector[^1].Counts);
        Assert.Equal(sums, year.Scenario.ByTaxStatus[^1].Sums);
        Assert.Equal(2, year.Scenario.ByRegion.Count);
        Assert.Equal(sums, year.Scenario.ByRegion[1].Sums);
        Assert.Equal(sums, year.Scenario.ManufacturingBySize[2].Sums);
        Assert.Equal(0, year.Scenario.ManufacturingBySize[3][CountMetric.Firms]);
        Assert.Equal(breakdown.Histogram, year.Scenario.Histogram);
        Assert.Equal(double.Epsilon, year.CounterfactualRdInputPrice);
    }

    /// <summary>
    /// Records converted by their properties (<see cref="RecordConverter{T}"/>) carry every one of them: each is set to a value
    /// other than its default (a new parameter included, without a change to the converter), and comes back bit for bit.
    /// </summary>
    [Theory]
    [InlineData(typeof(YearPolicy))]
    [InlineData(typeof(Rdsim.Model.Behaviour.BehaviourParameters))]
    [InlineData(typeof(SectorProfile))]
    [InlineData(typeof(TraitCorrelations))]
    public void RecordsConvertedByTheirProperties_CarryEveryOne(Type record)
    {
        var value = Activator.CreateInstance(record)!;
        var settable = record.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).ToList();
        foreach (var (property, i) in settable.Select((p, i) => (p, i)))
        {
            object changed = property.PropertyType switch
            {
                var t when t == typeof(double) => Math.BitIncrement(0.1 * (i + 1)),
                var t when t == typeof(int) => 7 + i,
                var t when t == typeof(bool) => !(bool)property.GetValue(value)!,
                var t when t == typeof(IntensityBands) => new IntensityBands([Math.BitIncrement(20.0)], [0.07, 0.03], [true]),
                var t when t == typeof(IReadOnlyList<double>) => Enumerable.Range(0, Sectors.Count).Select(s => s % 2 == 0 ? double.NaN : s / 3.0).ToList(),
                var t when t == typeof(IReadOnlyList<bool>) => Enumerable.Range(0, Sectors.Count).Select(s => s % 3 == 0).ToList(),
                var t => throw new InvalidOperationException($"No test value for {record.Name}.{property.Name} of type {t.Name}."),
            };
            property.SetValue(value, changed);
        }

        var copy = fixture.RoundTripObject(value);

        Assert.Equal(Wire.Fields(value, record), Wire.Fields(copy, record));
    }

    [Theory]
    [InlineData(typeof(FirmTraits), typeof(FirmTraitsSurrogate))]
    [InlineData(typeof(FirmYearOutcome), typeof(FirmYearOutcomeSurrogate))]
    public void Surrogate_CarriesEverySettableMemberOfItsModelType(Type model, Type surrogate)
    {
        static IEnumerable<string> Settable(Type t) => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name).Order();

        Assert.Equal(Settable(model), Settable(surrogate));
    }
}
