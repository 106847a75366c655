using Rdsim.Reporting.Results;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Reporting.Compare;

/// <summary>
/// How far a reform's difference from the baseline depends on behavioural assumptions: the plain comparison, and the same
/// comparison with both scenarios rerun with each varied parameter at the low and at the high end of its range, on the
/// same seed and replications (common random numbers, so each difference is still the policy change's alone).
/// </summary>
/// <param name="Reform">The reform's scenario name.</param>
/// <param name="Baseline">The baseline's scenario name.</param>
/// <param name="Central">The plain comparison.</param>
/// <param name="Variants">Each varied parameter's low-end point, then its high-end point, in the order the parameters were given.</param>
public sealed record ReformSensitivity(string Reform, string Baseline, DifferencePoint Central, IReadOnlyList<DifferencePoint> Variants)
{
    /// <summary>
    /// The sensitivity of <paramref name="reform"/> against <paramref name="baseline"/> (the plain comparison's runs), from the
    /// pairs of runs of each variant: the baseline and the reform with the same parameter at the same end.
    /// </summary>
    public static ReformSensitivity Of(RunResult baseline, RunResult reform,
        IEnumerable<(SensitivitySpec Spec, SensitivityEnd End, RunResult Baseline, RunResult Reform)> variants) =>
        new(reform.Name, baseline.Name, DifferencePoint.Of(null, null, "", baseline, reform),
            [.. variants.Select(v => DifferencePoint.Of(v.Spec.Name, v.End, v.Spec.At(v.End), v.Baseline, v.Reform))]);

    /// <summary>The varied parameters, in the order given.</summary>
    public IReadOnlyList<string> Parameters => SensitivitySpread.Parameters(Variants);

    /// <summary>The lowest and highest of <paramref name="value"/> over the plain comparison and every variant (undefined values left out).</summary>
    public (double Low, double High) Band(Func<DifferencePoint, double> value) => SensitivitySpread.Band(Central, Variants, value);

    /// <summary>The parameter whose two ends move <paramref name="value"/> most, or null when none moves it (or nothing was varied).</summary>
    public TornadoBar? MovedMostBy(Func<DifferencePoint, double> value) => SensitivitySpread.Bars(Variants, value).FirstOrDefault(b => b.Swing > 0);
}
