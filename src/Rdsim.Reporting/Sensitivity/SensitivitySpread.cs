using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Reporting.Sensitivity;

/// <summary>
/// How far one number moves across a sensitivity analysis, whatever the number (a run's headline, or a reform's difference
/// from the baseline): its band over the runs, and the tornado of what each parameter's two ends do to it.
/// </summary>
public static class SensitivitySpread
{
    /// <summary>The parameters of <paramref name="variants"/>, in the order they were varied.</summary>
    public static IReadOnlyList<string> Parameters<T>(IEnumerable<T> variants) where T : IVariedRun => [.. variants.Select(v => v.Parameter!).Distinct()];

    /// <summary>
    /// The band of <paramref name="value"/>: the lowest and highest over <paramref name="central"/> and every one of
    /// <paramref name="variants"/> (undefined values left out; NaN when there are none).
    /// </summary>
    public static (double Low, double High) Band<T>(T central, IEnumerable<T> variants, Func<T, double> value)
    {
        var values = variants.Prepend(central).Select(value).Where(double.IsFinite).ToList();
        return values.Count == 0 ? (double.NaN, double.NaN) : (values.Min(), values.Max());
    }

    /// <summary>
    /// The bars of the tornado of <paramref name="value"/>: one per parameter of <paramref name="variants"/> (each with a low-end
    /// and a high-end run), the largest swing first (the order of the parameters among equal swings).
    /// </summary>
    public static IReadOnlyList<TornadoBar> Bars<T>(IReadOnlyList<T> variants, Func<T, double> value) where T : IVariedRun
    {
        T At(string parameter, SensitivityEnd end) => variants.Single(v => v.Parameter == parameter && v.End == end);
        return [.. Parameters(variants)
            .Select(p => (Low: At(p, SensitivityEnd.Low), High: At(p, SensitivityEnd.High)))
            .Select(v => new TornadoBar(v.Low.Parameter!, v.Low.Value, v.High.Value, value(v.Low), value(v.High)))
            .OrderByDescending(b => b.Swing)];
    }
}
