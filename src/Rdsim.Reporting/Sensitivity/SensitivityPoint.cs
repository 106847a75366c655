using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Reporting.Sensitivity;

/// <summary>One run of a sensitivity analysis: the base scenario, or it with one parameter at one end of its range.</summary>
/// <param name="Parameter">The parameter varied; null for the base run.</param>
/// <param name="End">Which end; null for the base run.</param>
/// <param name="Value">The value it was set to (empty for the base run).</param>
/// <param name="Metrics">Each <see cref="SensitivityMetric.All"/> metric's value, in that order.</param>
/// <param name="Fingerprint">The run's result fingerprint (<see cref="Files.RunManifest.ResultFingerprint"/>).</param>
public sealed record SensitivityPoint(string? Parameter, SensitivityEnd? End, string Value, IReadOnlyList<double> Metrics, string Fingerprint) : IVariedRun
{
    /// <summary>The value of <paramref name="metric"/>.</summary>
    public double Of(SensitivityMetric metric) => Metrics[SensitivityMetric.All.ToList().IndexOf(metric)];
}
