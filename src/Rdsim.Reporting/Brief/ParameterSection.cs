using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Workbook;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// The brief's parameter section: every parameter that holds a value, in a form a reader of a policy brief can take in — the
/// scalars in three short tables (tax policy, by year where year-keyed; behaviour and market; the run and its population) with
/// value, unit and where each was set, and the per-sector traits as matrices (<see cref="SectorTraitTables"/>). What each
/// parameter means is said once, in the appendix (<see cref="ParameterNotes"/>); the full detail (every key, the file's whole
/// path and line, meaning, reference) is in the workbook's parameters sheet and the manifest, and the section says so.
/// </summary>
public static class ParameterSection
{
    /// <summary>The section of <paramref name="manifest"/>'s scenario in <paramref name="language"/>, as HTML, under its heading <paramref name="heading"/>.</summary>
    public static string Html(RunManifest manifest, string heading, ChartLanguage language, BriefText b)
    {
        var html = new System.Text.StringBuilder($"<h2>{E(heading)}</h2>\n<div class=\"parameters\">\n")
            .Append($"<p class=\"small\">{E(F(b.ParameterIntro, RunWorkbook.File, WorkbookText.For(language).ParametersSheet))}</p>\n");
        foreach (var (group, title) in BriefParameters.Groups(manifest.Scenario).Zip(b.ParameterGroups))
        {
            if (group.Count == 0) continue;
            html.Append($"<h3>{E(title)}</h3>\n<table class=\"scalars\">\n<thead>\n<tr>")
                .Append(string.Concat(b.ParameterColumns.Select(c => $"<th>{E(c)}</th>"))).Append("</tr>\n</thead>\n<tbody>\n");
            foreach (var p in group)
            {
                var unit = b.ParameterUnit(ParameterRegistry.Find(p.Name)?.Unit ?? "");
                html.Append($"<tr><td>{BreakableText.Code(p.Name)}</td><td>{BreakableText.Value(p.Value)}</td><td>{E(unit)}</td><td>{Origin(p.Origin, b)}</td></tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }
        return html.Append(SectorTraitTables.Html(manifest.Scenario, language, b)).Append("</div>\n").ToString();
    }

    /// <summary>Where a parameter was set, as the brief shows it: the file's name and line, or that it is the registry's default.</summary>
    public static string Origin(string origin, BriefText b) => origin == "default" ? E(b.DefaultOrigin) : BreakableText.Html(Path.GetFileName(origin));

    private static string E(string text) => BriefPage.Encode(text);

    private static string F(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
