using Rdsim.Calibration.Targets;

namespace Rdsim.Calibration.Output;

/// <summary>One row of <c>fit.csv</c>: a target and, when it was fitted, its simulation (NaN where it was not).</summary>
/// <param name="Target">The target.</param>
/// <param name="Metric">The rdsim metric it is compared with; empty when not fitted.</param>
/// <param name="Mean">Mean across replicates.</param>
/// <param name="P5">5th percentile across replicates.</param>
/// <param name="P95">95th percentile across replicates.</param>
/// <param name="RelativeError">Mean ÷ target − 1.</param>
/// <param name="Within">Whether the mean is within ±10%: <c>true</c>, <c>false</c>, or empty when not fitted.</param>
/// <param name="Note">Why the target is not fitted, if it is not.</param>
public sealed record FitTableRow(Target Target, string Metric, double Mean, double P5, double P95, double RelativeError, string Within, string Note);
