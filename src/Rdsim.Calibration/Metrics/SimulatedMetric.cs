using Rdsim.Model.Aggregation;

namespace Rdsim.Calibration.Metrics;

/// <summary>A number a run produces for one year of the scenario world, named as in <c>years.csv</c>.</summary>
/// <param name="Name">The <c>years.csv</c> column (or ratio of columns), e.g. <c>hnte_firms</c>.</param>
/// <param name="Description">What it counts or sums.</param>
/// <param name="Of">Reads it from the year's breakdown (all firms, by sector and size class).</param>
public sealed record SimulatedMetric(string Name, string Description, Func<YearBreakdown, double> Of);
