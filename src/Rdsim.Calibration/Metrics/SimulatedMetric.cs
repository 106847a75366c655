namespace Rdsim.Calibration.Metrics;

/// <summary>A number a run produces for one year of the scenario world, named as in <c>years.csv</c>.</summary>
/// <param name="Name">The <c>years.csv</c> column (or ratio of columns, or a column over some sectors), e.g. <c>hnte_firms</c>.</param>
/// <param name="Of">Reads it from a replicate's reported year.</param>
public sealed record SimulatedMetric(string Name, Func<ReportedYear, double> Of);
