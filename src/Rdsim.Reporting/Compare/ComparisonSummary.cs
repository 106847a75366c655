using System.Globalization;
using Rdsim.Reporting.Charts;

namespace Rdsim.Reporting.Compare;

/// <summary>
/// The comparison brief's plain-language paragraph on one scenario against the baseline, made from the numbers alone
/// (no hand-written conclusions): what it adds to induced real R&amp;D over the reported years, for how much more revenue
/// forgone, what each extra yuan buys against what the baseline's yuan buys, the relabelled and deadweight shares and
/// the counts in the last year. The words follow the signs (more or less R&amp;D, more or less forgone), and "above" or
/// "below" compares the ratios as printed (two decimals), so the sentence never contradicts its own numbers.
/// </summary>
public static class ComparisonSummary
{
    /// <summary>
    /// The paragraph on <paramref name="scenario"/> against <paramref name="baseline"/> over <paramref name="first"/>–<paramref name="last"/>,
    /// from <paramref name="total"/> (every reported year together), in <paramref name="language"/> with money in
    /// <paramref name="unit"/>. An amount's sign is its sign as printed (a difference that rounds to zero in the unit is none).
    /// </summary>
    public static string Of(string scenario, string baseline, int first, int last, HeadlineDifference total, ChartLanguage language, MoneyUnit unit)
    {
        var (t, c) = (ChartText.For(language, unit), CompareText.For(language, unit));
        int Sign(double value) => double.IsFinite(value) ? Math.Sign(unit.Rounded(value)) : 0;
        string Money(double value) => unit.Text(value);
        var (rd, forgone) = (total.InducedRealRd, total.RevenueForgone);
        var rdClause = Sign(rd) switch { > 0 => F(c.RdMore, Money(rd)), < 0 => F(c.RdLess, Money(-rd)), _ => c.RdSame };
        var forgoneClause = Sign(forgone) switch { > 0 => F(c.ForgoneMore, Money(forgone)), < 0 => F(c.ForgoneLess, Money(-forgone)), _ => c.ForgoneSame };
        var average = total.Baseline.BangForBuck;
        var marginal = total.MarginalBangForBuck;
        // Against the baseline's own ratio only when both are numbers (a baseline that forgoes nothing has none).
        var against = double.IsFinite(marginal) && double.IsFinite(average) ? F(c.AgainstBaseline, Comparison(c, marginal, average), Ratio(average)) : "";
        var ratioClause = (Sign(forgone), Sign(rd)) switch
        {
            (> 0, _) => F(c.PerExtraYuan, Ratio(marginal)) + against,
            (< 0, < 0) => F(c.PerYuanSaved, Ratio(marginal)) + against,
            (< 0, _) => c.MoreForLess,
            _ => "",
        };
        var span = first == last ? Year(first) : $"{Year(first)}–{Year(last)}";
        var gap = language == ChartLanguage.Zh ? "" : " ";
        return F(c.Sentence, scenario, baseline, rdClause, span, forgoneClause, ratioClause) + gap
            + F(c.Shares, t.RelabelledShare, Share(total.Scenario.RelabelledShare), Share(total.Baseline.RelabelledShare),
                t.DeadweightShare, Share(total.Scenario.DeadweightShare), Share(total.Baseline.DeadweightShare)) + gap
            + F(c.Counts, Year(last), Count(total.HnteFirms), Count(total.Claimants));
    }

    /// <summary>Above, below or equal, as the two ratios read when printed to two decimals.</summary>
    private static string Comparison(CompareText c, double marginal, double average)
    {
        var (m, a) = (Math.Round(marginal, 2), Math.Round(average, 2));
        return m > a ? c.Above : m < a ? c.Below : c.Equal;
    }

    private static string F(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

    /// <summary>A ratio as the comparison brief prints it (two decimals; undefined as a dash).</summary>
    internal static string Ratio(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : Tables.NoValue.Mark;

    private static string Share(double value) => double.IsFinite(value) ? value.ToString("0.0%", CultureInfo.InvariantCulture) : Tables.NoValue.Mark;

    private static string Count(double value) => double.IsFinite(value) ? value.ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture) : Tables.NoValue.Mark;

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
