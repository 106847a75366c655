using Rdsim.Calibration.Targets;

namespace Rdsim.Calibration.Metrics;

/// <summary>A target paired with the simulated metric it is compared with.</summary>
/// <param name="Target">The published figure.</param>
/// <param name="Metric">The run's metric for the target's year.</param>
public sealed record MappedTarget(Target Target, SimulatedMetric Metric);
