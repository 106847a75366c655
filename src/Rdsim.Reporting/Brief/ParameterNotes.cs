using System.Globalization;
using Rdsim.Model.Firms;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Workbook;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// The brief's appendix: what each parameter of the parameter section means, once per parameter — a sector trait once for
/// every sector (<c>population.sectors.*.revenueMedian</c>), not once per sector as the registry lists it — with its unit and,
/// in English, the reference its value or default comes from (references are English legal citations and literature: a
/// Chinese brief says where to read them). Set in a smaller type, after the body of the brief.
/// </summary>
public static class ParameterNotes
{
    /// <summary>The appendix of <paramref name="manifest"/>'s scenario in <paramref name="language"/>, as HTML.</summary>
    public static string Html(RunManifest manifest, ChartLanguage language, BriefText b)
    {
        var scenario = manifest.Scenario;
        var entries = BriefParameters.Groups(scenario).SelectMany(g => g).Select(p => (Key: p.Name, Definition: ParameterRegistry.Find(p.Name), Trait: (string?)null))
            // A trait's entries differ only in the sector they name: its first sector's stands for all.
            .Concat(BriefParameters.Traits(scenario).DistinctBy(t => t.Key)
                .Select(t => (Key: $"{BriefParameters.SectorPrefix}*.{t.Key}", Definition: ParameterRegistry.Find(t.Parameter.Name), Trait: (string?)t.Key)));
        var html = new System.Text.StringBuilder($"<div class=\"appendix\">\n<h2>{E(b.Appendix)}</h2>\n<p>{E(b.AppendixNote)}</p>\n");
        // Where parameters share a reference (the sector traits, the copula's correlations), it is given once: repeated, it filled pages.
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, d, trait) in entries)
        {
            var label = trait is null ? "" : $" ({E(b.TraitLabels.GetValueOrDefault(trait, trait))})";
            var unit = d is { Unit.Length: > 0 } ? $" · {E(b.ParameterUnit(d.Unit))}" : "";
            html.Append($"<p>{BreakableText.Code(key)}{label}{unit} — {E(Meaning(d, b, trait))}{Reference(d, key, b, given)}</p>\n");
        }
        if (!b.ShowsReference)
        {
            html.Append($"<p>{E(string.Format(CultureInfo.InvariantCulture, b.ParameterNote, RunWorkbook.File, WorkbookText.For(language).ParametersSheet))}</p>\n");
        }
        return html.Append("</div>\n").ToString();
    }

    /// <summary>The reference of <paramref name="d"/>, or which parameter's it is when <paramref name="given"/> holds it; empty where none is shown.</summary>
    private static string Reference(ParameterDefinition? d, string key, BriefText b, Dictionary<string, string> given)
    {
        if (!b.ShowsReference || d is not { Reference.Length: > 0 }) return "";
        if (given.TryGetValue(d.Reference, out var first))
        {
            return $" <span class=\"source\">{string.Format(CultureInfo.InvariantCulture, E(b.SameReference), BreakableText.Code(first))}</span>";
        }
        given[d.Reference] = key;
        return $" <span class=\"source\">{E(b.ReferenceLabel)} {E(d.Reference)}</span>";
    }

    /// <summary>
    /// The meaning of <paramref name="d"/> in <paramref name="b"/>'s language; a trait's without the sector's name that the registry
    /// ends it with ("… (Software &amp; IT services).", "…（软件和信息技术服务业）。"), as the note stands for every sector.
    /// </summary>
    private static string Meaning(ParameterDefinition? d, BriefText b, string? trait)
    {
        var meaning = b.Meaning(d);
        if (trait is null || d is null) return meaning;
        var sector = Sectors.All.FirstOrDefault(s => d.Section == $"{BriefParameters.SectorPrefix}{s.Key}");
        return sector is null ? meaning : meaning.Replace($" ({sector.NameEn})", "", StringComparison.Ordinal).Replace($"（{sector.NameZh}）", "", StringComparison.Ordinal);
    }

    private static string E(string text) => BriefPage.Encode(text);
}
