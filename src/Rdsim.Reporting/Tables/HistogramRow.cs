using Rdsim.Model.Aggregation;

namespace Rdsim.Reporting.Tables;

/// <summary>One row of <c>intensity_histogram.csv</c>: one intensity bin in one world, replicate and year.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Replicate">Replicate index.</param>
/// <param name="Year">Year.</param>
/// <param name="World"><c>scenario</c> or <c>counterfactual</c>.</param>
/// <param name="Bin">Bin index (0.1-point bins; the last holds 15% and more).</param>
/// <param name="Breakdown">The world's breakdown of the year, whose histograms the row reads.</param>
public sealed record HistogramRow(string Scenario, int Replicate, int Year, string World, int Bin, YearBreakdown Breakdown)
{
    /// <summary>The firms in the row's bin of the histogram of <paramref name="kind"/>.</summary>
    public long Firms(HistogramKind kind) => Breakdown.Count(kind, Bin);
}
