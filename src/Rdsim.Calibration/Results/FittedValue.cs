namespace Rdsim.Calibration.Results;

/// <summary>One scenario parameter set by the calibration.</summary>
/// <param name="Key">Dotted parameter name.</param>
/// <param name="Start">Its value in the input scenario.</param>
/// <param name="Value">The fitted value (rounded to 4 significant digits, as written to the fitted scenario).</param>
public sealed record FittedValue(string Key, double Start, double Value);
