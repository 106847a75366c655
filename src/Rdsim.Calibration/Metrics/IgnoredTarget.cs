using Rdsim.Calibration.Targets;
using Rdsim.Scenarios;

namespace Rdsim.Calibration.Metrics;

/// <summary>A target that is listed but not fitted, and why.</summary>
/// <param name="Target">The published figure.</param>
/// <param name="Reason">Why the model cannot produce it, in both languages (fit.csv keeps the English, as every CSV does).</param>
public sealed record IgnoredTarget(Target Target, Bilingual Reason);
