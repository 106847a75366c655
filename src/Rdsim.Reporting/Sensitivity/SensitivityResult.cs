using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Reporting.Sensitivity;

/// <summary>
/// A sensitivity analysis: the base run and, for each varied parameter, the runs at its low and high end, all on the base's
/// seed and replications (common random numbers: the same firms and shocks, so differences are the parameter's).
/// </summary>
/// <param name="Scenario">The base scenario's name.</param>
/// <param name="Base">The base run.</param>
/// <param name="Variants">Each varied parameter's low-end run, then its high-end run, in the order the parameters were given.</param>
public sealed record SensitivityResult(string Scenario, SensitivityPoint Base, IReadOnlyList<SensitivityPoint> Variants)
{
    /// <summary>The analysis of <paramref name="baseRun"/> and the runs of <paramref name="variants"/>.</summary>
    public static SensitivityResult Of(RunResult baseRun, IEnumerable<(SensitivitySpec Spec, SensitivityEnd End, RunResult Run)> variants) =>
        new(baseRun.Name, Point(null, null, "", baseRun), [.. variants.Select(v => Point(v.Spec.Name, v.End, v.Spec.At(v.End), v.Run))]);

    /// <summary>The varied parameters, in the order given.</summary>
    public IReadOnlyList<string> Parameters => SensitivitySpread.Parameters(Variants);

    /// <summary>The bars of the tornado of <paramref name="metric"/>: one per parameter, the largest swing first.</summary>
    public IReadOnlyList<TornadoBar> Bars(SensitivityMetric metric) => SensitivitySpread.Bars(Variants, p => p.Of(metric));

    /// <summary>
    /// The sensitivity band of <paramref name="metric"/>: the lowest and highest value over the base run and every variant
    /// (undefined values left out; NaN when there are none).
    /// </summary>
    public (double Low, double High) Band(SensitivityMetric metric) => SensitivitySpread.Band(Base, Variants, p => p.Of(metric));

    private static SensitivityPoint Point(string? parameter, SensitivityEnd? end, string value, RunResult run)
    {
        var headline = Headline.Of(run.Years);
        return new SensitivityPoint(parameter, end, value, [.. SensitivityMetric.All.Select(m => m.Of(headline))], run.Manifest.ResultFingerprint);
    }
}
