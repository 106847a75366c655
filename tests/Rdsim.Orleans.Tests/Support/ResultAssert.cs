using Rdsim.Engine;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;

namespace Rdsim.Orleans.Tests.Support;

/// <summary>Compares two results raw value by raw value: every count, every fixed-point sum, every histogram bin, every price.</summary>
internal static class ResultAssert
{
    public static void BitIdentical(SimulationResult expected, SimulationResult actual)
    {
        Assert.Equal(expected.Replicates.Count, actual.Replicates.Count);
        for (var r = 0; r < expected.Replicates.Count; r++)
        {
            var e = expected.Replicates[r];
            var a = actual.Replicates[r];
            Assert.Equal(e.Replicate, a.Replicate);
            Assert.Equal(e.Seed, a.Seed);
            Assert.Equal(e.Years.Select(y => y.Year), a.Years.Select(y => y.Year));
            for (var i = 0; i < e.Years.Count; i++)
            {
                var where = $"replicate {r}, {e.Years[i].Year}";
                Price(e.Years[i].ScenarioRdInputPrice, a.Years[i].ScenarioRdInputPrice, where + ", scenario price");
                Price(e.Years[i].CounterfactualRdInputPrice, a.Years[i].CounterfactualRdInputPrice, where + ", counterfactual price");
                Breakdown(e.Years[i].Scenario, a.Years[i].Scenario, where + ", scenario");
                Breakdown(e.Years[i].Counterfactual, a.Years[i].Counterfactual, where + ", counterfactual");
            }
        }
    }

    /// <summary>Guards against a vacuous comparison: the run must have produced R&amp;D, claims and certificates.</summary>
    public static void NonTrivial(SimulationResult result)
    {
        var last = result.Replicates[0].Years[^1].Scenario.Total;
        Assert.True(last[CountMetric.Claimants] > 0, "no claimants");
        Assert.True(last[CountMetric.HnteFirms] > 0, "no HNTE firms");
        Assert.True(last[SumMetric.RealRd].Raw > 0, "no R&D");
    }

    private static void Price(double expected, double actual, string where) =>
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual), $"{where}: {expected:R} vs {actual:R}");

    private static void Breakdown(YearBreakdown expected, YearBreakdown actual, string where)
    {
        Aggregate(expected.Total, actual.Total, where + ", total");
        for (var s = 0; s < Sectors.Count; s++) Aggregate(expected.BySector[s], actual.BySector[s], $"{where}, sector {s}");
        for (var c = 0; c < SizeClasses.Count; c++) Aggregate(expected.BySize[c], actual.BySize[c], $"{where}, size {c}");
        for (var t = 0; t < TaxStatuses.Count; t++) Aggregate(expected.ByTaxStatus[t], actual.ByTaxStatus[t], $"{where}, tax status {t}");
        for (var c = 0; c < SizeClasses.Count; c++) Aggregate(expected.ManufacturingBySize[c], actual.ManufacturingBySize[c], $"{where}, manufacturing size {c}");
        Assert.True(expected.Histogram.SequenceEqual(actual.Histogram), where + ": histogram differs");
    }

    private static void Aggregate(YearAggregate expected, YearAggregate actual, string where)
    {
        Assert.True(expected.Counts.SequenceEqual(actual.Counts), $"{where}: counts differ");
        Assert.True(expected.Sums.SequenceEqual(actual.Sums), $"{where}: sums differ");
    }
}
