namespace Rdsim.Calibration.Targets;

/// <summary>One published figure to fit: a row of a targets file (<c>metric,value,unit,year,source_phrase</c>).</summary>
/// <param name="Metric">The target's name, e.g. <c>hnte_firms_with_preferential_rate</c>.</param>
/// <param name="Value">The published value, in <paramref name="Unit"/>.</param>
/// <param name="Unit">Unit as written in the file (<c>firms</c>, <c>mn CNY</c>, <c>fraction</c>, …).</param>
/// <param name="Year">The year the figure refers to.</param>
/// <param name="SourcePhrase">The phrase of the source document the figure comes from.</param>
/// <param name="Line">Line of the targets file (1-based), for messages.</param>
public sealed record Target(string Metric, double Value, string Unit, int Year, string SourcePhrase, int Line);
