using System.Globalization;
using System.Text.RegularExpressions;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Tables;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// The per-sector traits (<c>population.sectors.&lt;sector&gt;.&lt;trait&gt;</c>) as matrices: a sector a row, a trait a column,
/// the values only. Listed one parameter a row, 19 sectors × 19 traits were 361 rows, most of a national brief's pages.
/// The traits are split by theme into tables narrow enough for A4 (size and growth; profit, R&amp;D and patents; the HNTE
/// criteria); a trait no theme names joins the last. A default value is set in italics, and a note names the files the
/// others come from (their lines are in the workbook's parameters sheet).
/// </summary>
public static partial class SectorTraitTables
{
    /// <summary>The traits of each table, by key, in the order of <see cref="BriefText.SectorTables"/>.</summary>
    private static readonly string[][] Themes =
    [
        ["share", "revenueMedian", "revenueLogSd", "revenueMin", "revenueMax", "growthDrift", "growthSd"],
        ["marginMean", "marginSd", "rdPerformerShare", "intensityMedian", "intensityLogSd", "patentScale", "inventionShare"],
        ["highTechShareMedian", "highTechShareSpread", "highTechIndustryShare", "rdStaffShareMedian", "coreIpProbability"],
    ];

    /// <summary>The tables of <paramref name="scenario"/>'s sector traits as HTML; empty when it has none.</summary>
    public static string Html(ManifestScenario scenario, ChartLanguage language, BriefText b)
    {
        var traits = BriefParameters.Traits(scenario);
        if (traits.Count == 0) return "";
        var keys = traits.Select(t => t.Key).Distinct().ToList();
        var sectors = traits.Select(t => t.Sector).Distinct().ToList();
        var cells = traits.ToDictionary(t => (t.Sector, t.Key));
        var html = new System.Text.StringBuilder($"<h3>{E(b.SectorTraits)}</h3>\n");
        for (var i = 0; i < Themes.Length; i++)
        {
            List<string> columns = i < Themes.Length - 1 ? [.. keys.Where(Themes[i].Contains)] : keys.Where(k => !Themes[..^1].Any(t => t.Contains(k))).ToList();
            if (columns.Count == 0) continue;
            html.Append($"<p class=\"caption\">{E(b.SectorTables[i])}</p>\n<table class=\"sectors\">\n<thead>\n<tr><th>{E(b.SectorColumn)}</th>")
                .Append(string.Concat(columns.Select(k => $"<th>{Heading(k, traits, b)}</th>"))).Append("</tr>\n</thead>\n<tbody>\n");
            foreach (var sector in sectors)
            {
                html.Append($"<tr><td>{E(GroupLabels.Group(language, GroupsTable.SectorKind, sector))}</td>")
                    .Append(string.Concat(columns.Select(k => $"<td style=\"text-align: right;\">{Cell(cells.GetValueOrDefault((sector, k)))}</td>"))).Append("</tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }
        var files = traits.Where(t => t.Parameter.Origin != "default").Select(t => Path.GetFileName(Line().Replace(t.Parameter.Origin, ""))).Distinct().ToList();
        var note = string.Format(CultureInfo.InvariantCulture, E(b.SectorNote), BreakableText.Code($"{BriefParameters.SectorPrefix}*.*"),
            string.Join(language == ChartLanguage.Zh ? "、" : ", ", files.Select(BreakableText.Html)));
        return html.Append($"<p class=\"small\">{note}</p>\n").ToString();
    }

    /// <summary>A trait's column heading: its label and, on a line of its own, its unit.</summary>
    private static string Heading(string key, IReadOnlyList<SectorTrait> traits, BriefText b)
    {
        var unit = ParameterRegistry.Find(traits.First(t => t.Key == key).Parameter.Name)?.Unit ?? "";
        var label = E(b.TraitLabels.GetValueOrDefault(key, key));
        return unit.Length == 0 ? label : $"{label}<br><span class=\"unit\">{E(b.ParameterUnit(unit))}</span>";
    }

    /// <summary>A sector's value of a trait, in italics when it is the registry's default; a dash when the sector lacks it.</summary>
    private static string Cell(SectorTrait? trait) => trait is null ? Tables.NoValue.Mark
        : trait.Parameter.Origin == "default" ? $"<em>{E(trait.Parameter.Value)}</em>" : E(trait.Parameter.Value);

    private static string E(string text) => BriefPage.Encode(text);

    /// <summary>The line number that ends an origin (<c>china-2008-2024.yaml:238</c>).</summary>
    [GeneratedRegex(@":\d+$")]
    private static partial Regex Line();
}
