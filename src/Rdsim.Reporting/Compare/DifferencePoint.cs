using Rdsim.Reporting.Sensitivity;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Reporting.Compare;

/// <summary>
/// A reform's difference from the baseline over every reported year, both run with the same assumptions: those of the plain
/// comparison (the central point), or both with one parameter at one end of its range (a sensitivity point).
/// </summary>
/// <param name="Parameter">The parameter varied; null for the plain comparison.</param>
/// <param name="End">Which end; null for the plain comparison.</param>
/// <param name="Value">The value it was set to (empty for the plain comparison).</param>
/// <param name="InducedRealRd">Δ cumulative induced real R&amp;D, reform minus baseline (mn CNY).</param>
/// <param name="RevenueForgone">Δ cumulative revenue forgone (mn CNY).</param>
/// <param name="BaselineBangForBuck">The baseline's own cumulative bang for the buck under the same assumptions.</param>
/// <param name="BaselineFingerprint">The baseline run's result fingerprint.</param>
/// <param name="ReformFingerprint">The reform run's result fingerprint.</param>
public sealed record DifferencePoint(string? Parameter, SensitivityEnd? End, string Value, double InducedRealRd, double RevenueForgone,
    double BaselineBangForBuck, string BaselineFingerprint, string ReformFingerprint) : IVariedRun
{
    /// <summary>The marginal bang for the buck: Δ induced ÷ Δ forgone (NaN when revenue forgone does not change).</summary>
    public double MarginalBangForBuck => HeadlineDifference.Marginal(InducedRealRd, RevenueForgone);

    /// <summary>The point of <paramref name="reform"/> against <paramref name="baseline"/>, both run with the value <paramref name="value"/> of <paramref name="parameter"/> at <paramref name="end"/> (null: as given).</summary>
    public static DifferencePoint Of(string? parameter, SensitivityEnd? end, string value, Results.RunResult baseline, Results.RunResult reform)
    {
        var total = HeadlineDifference.Total(baseline, reform);
        return new DifferencePoint(parameter, end, value, total.InducedRealRd, total.RevenueForgone, total.Baseline.BangForBuck,
            baseline.Manifest.ResultFingerprint, reform.Manifest.ResultFingerprint);
    }
}
