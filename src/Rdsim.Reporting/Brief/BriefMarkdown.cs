using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Reporting.Brief;

/// <summary>The text parts of a brief as Markdown: headline numbers, assumptions, parameters with references, the command.</summary>
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
            + $"| {t.BangForBuck} ({t.Cumulative}) | {Number(h.BangForBuck, "0.00")} |\n"
            + $"| {t.RelabelledShare} | {Number(h.RelabelledShare, "0.0%")} |\n"
            + $"| {t.DeadweightShare} | {Number(h.DeadweightShare, "0.0%")} |\n"
            + $"| {t.HnteFirms} ({run.Manifest.LastYear}) | {Number(h.HnteFirms, "#,0")} |\n"
            + $"| {t.Claimants} ({run.Manifest.LastYear}) | {Number(h.Claimants, "#,0")} |\n\n"
            + MarkdownText.Escape(string.Format(CultureInfo.InvariantCulture, b.HeadlineNote, Number(run.Manifest.Firms, "#,0"), run.Years.Replicates)) + "\n";
    }

    /// <summary>What the model assumes, in brief (docs/model.md), and what the run was made with.</summary>
    public static string Assumptions(RunResult run, BriefText b)
    {
        var m = run.Manifest;
        var population = string.Format(CultureInfo.InvariantCulture, b.Population, m.Population, m.Seed, m.Engine, $"{m.Tool} {m.Version}");
        return string.Concat(b.Assumptions.Select(a => $"- {MarkdownText.Escape(a)}\n")) + $"- {E(population)}\n";
    }

    /// <summary>
    /// The parameters set by the scenario (not defaults) or, with <paramref name="defaults"/>, the others; with the registry's
    /// meaning in <paramref name="b"/>'s language, and its reference where that language reads it (English), else a note on where it is.
    /// </summary>
    public static string Parameters(RunResult run, bool defaults, BriefText b)
    {
        var rows = run.Manifest.Scenario.Parameters.Where(p => (p.Origin == "default") == defaults).ToList();
        if (rows.Count == 0) return E(b.NoParameters) + "\n";
        var columns = b.ShowsReference ? b.ParameterColumns : b.ParameterColumns.Take(5).ToList();
        return $"| {string.Join(" | ", columns.Select(E))} |\n|{string.Concat(columns.Select(_ => "---|"))}\n"
            + string.Concat(rows.Select(p =>
            {
                var d = ParameterRegistry.Find(p.Name);
                var cells = $"| {MarkdownText.Code(p.Name)} | {E(p.Value)} | {E(b.ParameterUnit(d?.Unit ?? ""))} | {E(Path.GetFileName(p.Origin))} | {E(b.Meaning(d))} |";
                return b.ShowsReference ? $"{cells} {E(d?.Reference)} |\n" : cells + "\n";
            }))
            + (b.ShowsReference ? "" : $"\n{E(b.ParameterNote)}\n");
    }

    /// <summary>Text from the manifest or the registry, inert in Markdown (it may hold anything: the manifest is a file a user can edit).</summary>
    private static string E(string? text) => MarkdownText.Escape(text);

    private static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";
}
