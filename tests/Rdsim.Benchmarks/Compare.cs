using Rdsim.Engine;

namespace Rdsim.Benchmarks;

/// <summary>Whether two results agree in every raw count, sum, histogram bin and price.</summary>
internal static class Compare
{
    public static bool BitIdentical(SimulationResult a, SimulationResult b) =>
        a.Replicates.Count == b.Replicates.Count && a.Replicates.Zip(b.Replicates).All(r =>
            r.First.Seed == r.Second.Seed && r.First.Years.Count == r.Second.Years.Count && r.First.Years.Zip(r.Second.Years).All(y =>
                y.First.Year == y.Second.Year
                && BitConverter.DoubleToInt64Bits(y.First.ScenarioRdInputPrice) == BitConverter.DoubleToInt64Bits(y.Second.ScenarioRdInputPrice)
                && BitConverter.DoubleToInt64Bits(y.First.CounterfactualRdInputPrice) == BitConverter.DoubleToInt64Bits(y.Second.CounterfactualRdInputPrice)
                && Same(y.First.Scenario, y.Second.Scenario) && Same(y.First.Counterfactual, y.Second.Counterfactual)));

    private static bool Same(Model.Aggregation.YearBreakdown a, Model.Aggregation.YearBreakdown b) =>
        a.Histogram.SequenceEqual(b.Histogram)
        && new[] { a.Total }.Concat(a.BySector).Concat(a.BySize).Concat(a.ByTaxStatus).Concat(a.ManufacturingBySize)
            .Zip(new[] { b.Total }.Concat(b.BySector).Concat(b.BySize).Concat(b.ByTaxStatus).Concat(b.ManufacturingBySize))
            .All(p => p.First.Counts.SequenceEqual(p.Second.Counts) && p.First.Sums.SequenceEqual(p.Second.Sums));
}
