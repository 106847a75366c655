using Rdsim.Calibration.Targets;

namespace Rdsim.Calibration.Metrics;

/// <summary>A target that is listed but not fitted, and why.</summary>
/// <param name="Target">The published figure.</param>
/// <param name="Reason">Why the model cannot produce it.</param>
public sealed record IgnoredTarget(Target Target, string Reason);
