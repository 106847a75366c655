using System.Globalization;

namespace Rdsim.Scenarios.Sweeps;

/// <summary>
/// How the values of a range (<c>from:to:step</c>) are written: all with the same number of decimals, the most that
/// <c>from</c>, <c>to</c> or <c>step</c> needs, in fixed-point notation. These texts are the labels a sweep shows everywhere
/// (<c>sweep.csv</c>, the heatmaps' axes, the frontier's labels, the terminal table), so <c>0.5:1:0.25</c> reads 0.50, 0.75,
/// 1.00 alike in all of them. As the step needs no more decimals than they have, two values a step apart never print the
/// same (rounding to 10 decimals once made every value of <c>0:4e-11:1e-11</c> "0"), and none is printed as 1E-05.
/// </summary>
/// <param name="Decimals">How many decimals every value of the range is written with.</param>
internal sealed record RangeDecimals(int Decimals)
{
    /// <summary>The decimals of a range whose ends and step are <paramref name="numbers"/>.</summary>
    public static RangeDecimals Of(params double[] numbers) => new(numbers.Max(Needed));

    /// <summary><paramref name="value"/> with <see cref="Decimals"/> decimals, invariant culture; a value that rounds to zero is "0…", never "-0…".</summary>
    public string Format(double value)
    {
        var text = value.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        // A sum of steps can land a hair below zero (-0.1 + 0.1 in floating point need not be +0): "-0.00" would read as another value.
        return text.StartsWith('-') && double.Parse(text, CultureInfo.InvariantCulture) == 0 ? text[1..] : text;
    }

    /// <summary>The decimals <paramref name="number"/>'s shortest round-trip form has once written without an exponent (1E-05: 5).</summary>
    private static int Needed(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var (mantissa, exponent) = e < 0 ? (text, 0) : (text[..e], int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? 0 : mantissa.Length - point - 1;
        return Math.Max(0, digits - exponent);
    }
}
