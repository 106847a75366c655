using Rdsim.Model.Aggregation;

namespace Rdsim.Reporting.Tables;

/// <summary>One row of <c>bunching.csv</c>: one HNTE threshold, by one intensity measure, in one replicate and year.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Replicate">Replicate index.</param>
/// <param name="Year">Year.</param>
/// <param name="Measure">The intensity counted: annual (all firms) or 3-year window (all firms).</param>
/// <param name="Threshold">The threshold, as a fraction.</param>
/// <param name="Mass">The bin counts around it.</param>
public sealed record BunchingRow(string Scenario, int Replicate, int Year, HistogramKind Measure, double Threshold, BunchingMass Mass);
