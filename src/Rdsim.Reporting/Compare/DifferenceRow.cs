namespace Rdsim.Reporting.Compare;

/// <summary>One row of <c>differences.csv</c>: one metric of one scenario in one year, against the baseline's.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Baseline">The baseline's name.</param>
/// <param name="Year">The year.</param>
/// <param name="Metric">The <c>years.csv</c> column compared.</param>
/// <param name="Value">The scenario's mean over replicates.</param>
/// <param name="BaselineValue">The baseline's.</param>
public sealed record DifferenceRow(string Scenario, string Baseline, int Year, string Metric, double Value, double BaselineValue);
