using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;

namespace Rdsim.Reporting.Brief;

/// <summary>The text parts of a brief as Markdown: headline numbers and assumptions.</summary>
public static class BriefMarkdown
{
    /// <summary>The headline numbers of <paramref name="run"/>, money in <paramref name="t"/>'s unit.</summary>
    public static string Headline(RunResult run, ChartText t, BriefText b)
    {
        var h = Data.Headline.Of(run.Years);
        var span = $"{run.Manifest.FirstYear}–{run.Manifest.LastYear}";
        return $"| | {span} |\n|---|---:|\n"
            + $"| {t.InducedRd} | {t.Unit.Text(h.InducedRealRd)} |\n"
            + $"| {t.Forgone} | {t.Unit.Text(h.RevenueForgone)} |\n"
            + $"| {t.WithAside(t.BangForBuck, t.Cumulative)} | {Number(h.BangForBuck, "0.00")} |\n"
            + $"| {t.RelabelledShare} | {Number(h.RelabelledShare, "0.0%")} |\n"
            + $"| {t.DeadweightShare} | {Number(h.DeadweightShare, "0.0%")} |\n"
            + $"| {t.WithAside(t.HnteFirms, run.Manifest.LastYear)} | {Number(h.HnteFirms, "#,0")} |\n"
            + $"| {t.WithAside(t.Claimants, run.Manifest.LastYear)} | {Number(h.Claimants, "#,0")} |\n\n"
            + MarkdownText.Escape(string.Format(CultureInfo.InvariantCulture, b.HeadlineNote, Number(run.Manifest.Firms, "#,0"), run.Years.Replicates)) + "\n";
    }

    /// <summary>What the model assumes, in brief (docs/model.md), and what the run was made with.</summary>
    public static string Assumptions(RunResult run, BriefText b)
    {
        var m = run.Manifest;
        var population = string.Format(CultureInfo.InvariantCulture, b.Population, m.Population, m.Seed, m.Engine, $"{m.Tool} {m.Version}");
        return string.Concat(b.Assumptions.Select(a => $"- {MarkdownText.Escape(a)}\n")) + $"- {E(population)}\n";
    }

    /// <summary>Text from the manifest or the registry, inert in Markdown (it may hold anything: the manifest is a file a user can edit).</summary>
    private static string E(string? text) => MarkdownText.Escape(text);

    private static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : Tables.NoValue.Mark;
}
