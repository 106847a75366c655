using System.Globalization;
using Rdsim.Reporting.Charts;

namespace Rdsim.Reporting.Compare;

/// <summary>
/// The one-line reading under a reform's sensitivity table, made from its numbers alone: the band of the marginal bang for
/// the buck, whether it stays above or below 1 and above or below the baseline's own bang for the buck (each run against the
/// baseline under the same assumption), and in how many runs revenue forgone falls, where the ratio means something else.
/// Ratios are compared as printed (two decimals), as in <see cref="ComparisonSummary"/>, so the line never contradicts the table.
/// </summary>
public static class ReformSensitivityReading
{
    /// <summary>The reading of <paramref name="sensitivity"/> in <paramref name="language"/>.</summary>
    public static string Of(ReformSensitivity sensitivity, ChartLanguage language)
    {
        // The reading names no amount of money, so the unit does not matter.
        var c = CompareText.For(language, MoneyUnit.Default(language));
        var points = sensitivity.Variants.Prepend(sensitivity.Central).ToList();
        var (low, high) = sensitivity.Band(p => p.MarginalBangForBuck);
        if (!double.IsFinite(low)) return c.NoMarginalBang;
        var n = points.Count;
        var aboveOne = points.Count(p => Printed(p.MarginalBangForBuck) > 1);
        var belowOne = points.Count(p => Printed(p.MarginalBangForBuck) < 1);
        var aboveBaseline = points.Count(p => Printed(p.MarginalBangForBuck) > Printed(p.BaselineBangForBuck));
        var belowBaseline = points.Count(p => Printed(p.MarginalBangForBuck) < Printed(p.BaselineBangForBuck));
        var one = aboveOne == n ? c.AboveOneAlways : belowOne == n ? c.BelowOneAlways : F(c.AboveOneIn, aboveOne, n);
        var baseline = aboveBaseline == n ? c.AboveBaselineAlways : belowBaseline == n ? c.BelowBaselineAlways : F(c.AboveBaselineIn, aboveBaseline, n);
        var reading = F(c.SensitivityReading, sensitivity.Variants.Count, ComparisonSummary.Ratio(low), ComparisonSummary.Ratio(high), ComparisonSummary.Ratio(sensitivity.Central.MarginalBangForBuck), one, baseline);
        // A fall in revenue forgone turns the ratio into R&D given up (or gained) per yuan saved: said, not hidden in the band.
        var falls = points.Count(p => Math.Round(p.RevenueForgone) < 0);
        var gap = language == ChartLanguage.Zh ? "" : " ";
        return falls == 0 ? reading : reading + gap + F(c.ForgoneFallsIn, falls, n);
    }

    /// <summary>A ratio as the brief prints it (NaN stays NaN, and compares as neither above nor below).</summary>
    private static double Printed(double ratio) => Math.Round(ratio, 2);

    private static string F(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
