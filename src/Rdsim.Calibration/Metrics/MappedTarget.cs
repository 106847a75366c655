using Rdsim.Calibration.Targets;

namespace Rdsim.Calibration.Metrics;

/// <summary>A target paired with the simulated metric it is compared with.</summary>
/// <param name="Target">The published figure.</param>
/// <param name="Metric">The run's metric for the target's year.</param>
/// <param name="IsUpperBound">
/// The figure bounds the metric from above rather than measuring it (society-wide R&amp;D bounds enterprise R&amp;D): the
/// fit is penalised only where the simulation exceeds it.
/// </param>
public sealed record MappedTarget(Target Target, SimulatedMetric Metric, bool IsUpperBound = false);
