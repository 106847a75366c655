using System.Globalization;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// One number format for every value labelled on a chart, so that labels side by side read alike ("0.50" beside "0.62",
/// not "0.5"): none from 100 on, one from 10, two below, as the largest magnitude among the values needs.
/// </summary>
/// <param name="Decimals">How many decimals every value is printed with.</param>
public sealed record FixedDecimals(int Decimals)
{
    /// <summary>The format for <paramref name="values"/>, chosen by the largest finite magnitude among them.</summary>
    public static FixedDecimals For(IEnumerable<double> values)
    {
        var largest = values.Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        return new(largest >= 100 ? 0 : largest >= 10 ? 1 : 2);
    }

    /// <summary><paramref name="value"/> with thousands separators and <see cref="Decimals"/> decimals; <see cref="Tables.NoValue.Mark"/> for a value that is not a number, as the briefs' tables print an undefined bang for the buck.</summary>
    public string Format(double value) =>
        double.IsFinite(value) ? value.ToString("N" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : Tables.NoValue.Mark;
}
