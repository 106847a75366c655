using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// The brief's "Who benefits" tables as Markdown: one table per kind of group (tax status, size class, sector), with the relief
/// each group received over the run, its share, the real R&amp;D it was induced to do, its share, the revenue forgone on it and
/// its bang for the buck (<see cref="WhoBenefits"/>; <see cref="Rdsim.Reporting.Tables.NoValue.Mark"/> where no revenue was forgone on the group), and a note on how to read them.
/// </summary>
public static class WhoBenefitsMarkdown
{
    /// <summary>The tables of <paramref name="run"/> in <paramref name="language"/>, money in <paramref name="unit"/>; empty when the run has no groups.</summary>
    public static string Tables(RunResult run, ChartLanguage language, MoneyUnit unit)
    {
        var t = ChartText.For(language, unit);
        var groups = WhoBenefits.Of(run.Groups);
        if (groups.Count == 0) return "";
        var span = $"{run.Manifest.FirstYear}–{run.Manifest.LastYear}";
        var text = new System.Text.StringBuilder();
        foreach (var block in groups.GroupBy(g => g.Kind))
        {
            text.Append($"| {MarkdownText.Escape(GroupLabels.Kind(t, block.Key))} | {Format(t.FirmsIn, run.Manifest.LastYear)} | {t.ReliefReceived} | {t.ReliefShare} "
                    + $"| {t.InducedRd} | {t.InducedShare} | {t.Forgone} | {t.BangForBuck} |\n")
                .Append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            foreach (var g in block)
            {
                text.Append($"| {MarkdownText.Escape(GroupLabels.Group(language, g.Kind, g.Group))} | {Number(g.Firms, "#,0")} | {unit.Text(g.Relief)} "
                    + $"| {Number(g.ReliefShare, "0.0%")} | {unit.Text(g.InducedRealRd)} | {Number(g.InducedShare, "0.0%")} "
                    + $"| {unit.Text(g.RevenueForgone)} | {Bang(g)} |\n");
            }
            text.Append('\n');
        }
        text.Append(Format(t.WhoBenefitsNote, span)).Append('\n');
        if (groups.Any(g => !Forgone(g))) text.Append('\n').Append(MarkdownText.Escape(t.NoBangForBuck)).Append('\n');
        return text.ToString();
    }

    /// <summary>Shown for a group on which no revenue was forgone, in place of a ratio that would mean nothing (its footnote says why).</summary>
    private const string NoBang = Rdsim.Reporting.Tables.NoValue.Mark;

    private static bool Forgone(GroupBenefit g) => g.RevenueForgone > 0;

    private static string Bang(GroupBenefit g) => Forgone(g) ? Number(g.BangForBuck, "0.00") : NoBang;

    private static string Format(string pattern, object value) => string.Format(CultureInfo.InvariantCulture, pattern, value);

    private static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : Rdsim.Reporting.Tables.NoValue.Mark;
}
