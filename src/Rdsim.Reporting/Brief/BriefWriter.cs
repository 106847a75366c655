using System.Globalization;
using System.Net;
using Markdig;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// <c>brief.html</c>: one self-contained page (inline SVG charts, no external files) with the headline numbers,
/// the charts, who benefits (by tax status, size class and sector), the assumptions, every parameter with its reference, and the command that reproduces the run.
/// Everything from outside rdsim (names, paths, values, manifest fields) is HTML-encoded, or escaped Markdown rendered
/// with raw HTML off; a Content-Security-Policy lets the page run no script and load nothing, should anything slip through.
/// </summary>
public static class BriefWriter
{
    /// <summary>The brief's file name.</summary>
    public const string File = "brief.html";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <summary>No script, no fetch, no frame: the page's own styles and inline images only.</summary>
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>
    /// Writes the brief of <paramref name="run"/> with <paramref name="charts"/> into <paramref name="folder"/>; returns its path. A folder
    /// changed since rdsim wrote it (<paramref name="alterations"/>, <c>report --allow-modified</c>) is named in a warning at the top.
    /// With a <paramref name="sensitivity"/> analysis of the run (<c>run --sensitivity</c>), its band follows the headline.
    /// </summary>
    public static string Write(RunResult run, string folder, IReadOnlyList<ChartOutput> charts, ChartLanguage language,
        IReadOnlyList<FolderAlteration>? alterations = null, SensitivityResult? sensitivity = null)
    {
        var t = ChartText.For(language);
        var m = run.Manifest;
        var html = new System.Text.StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{(language == ChartLanguage.Zh ? "zh" : "en")}\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{Policy}\">\n<title>{Encode(m.Scenario.Name)}</title>\n")
            .Append(BriefStyle.Css)
            .Append("</head>\n<body>\n")
            .Append(Alterations(run, alterations ?? []))
            .Append($"<h1>{Encode(m.Scenario.Name)}</h1>\n")
            .Append(m.Scenario.Description is { } d ? $"<p class=\"lead\">{Encode(d)}</p>\n" : "")
            .Append(Standing(run, t, language == ChartLanguage.Zh))
            .Append($"<h2>{Encode(t.Headline)}</h2>\n").Append(Markdown.ToHtml(BriefMarkdown.Headline(run, t), Pipeline))
            .Append(sensitivity is null ? "" : $"<h2>{Encode(t.Sensitivity)}</h2>\n" + Markdown.ToHtml(SensitivityMarkdown.Section(sensitivity, t), Pipeline))
            .Append($"<h2>{Encode(t.Charts)}</h2>\n");
        foreach (var chart in charts.Where(c => c.Name != WhoBenefitsChart.Name)) html.Append(Figure(chart));
        html.Append($"<h2>{Encode(t.WhoBenefits)}</h2>\n").Append(Markdown.ToHtml(WhoBenefitsMarkdown.Tables(run, language), Pipeline))
            .Append(string.Concat(charts.Where(c => c.Name == WhoBenefitsChart.Name).Select(Figure)));
        html.Append($"<h2>{Encode(t.Assumptions)}</h2>\n").Append(Markdown.ToHtml(BriefMarkdown.Assumptions(run), Pipeline))
            .Append($"<h2>{Encode(t.Parameters)}</h2>\n").Append(Markdown.ToHtml(BriefMarkdown.Parameters(run, defaults: false), Pipeline))
            .Append("<details><summary>Defaults</summary>\n").Append(Markdown.ToHtml(BriefMarkdown.Parameters(run, defaults: true), Pipeline)).Append("</details>\n")
            .Append($"<h2>{Encode(t.Reproduce)}</h2>\n<pre>{Encode(m.Command)}</pre>\n")
            .Append($"<p class=\"small\">Result fingerprint {Encode(m.ResultFingerprint)} · scenario hash {Encode(m.Scenario.ContentHash)}</p>\n")
            .Append("</body>\n</html>\n");
        var path = Path.Combine(folder, File);
        AtomicFile.WriteText(path, html.ToString());
        return path;
    }

    /// <summary>What the numbers may be read as: the scenario's fit status (or that it has none) and what its population stands for.</summary>
    private static string Standing(RunResult run, ChartText t, bool chinese)
    {
        var m = run.Manifest;
        var fit = m.Scenario.Fit?.For(chinese) ?? t.NotFitted;
        var size = string.Format(CultureInfo.InvariantCulture, t.Represents, m.Firms.ToString("#,0", CultureInfo.InvariantCulture),
            m.Represents.ToString("#,0", CultureInfo.InvariantCulture), m.FirstYear);
        var universe = m.Scenario.Universe is { } u ? $"{u.For(chinese)} ({size})" : size;
        return $"<p class=\"status\"><strong>{Encode(t.FitStatus)}:</strong> {Encode(fit)}</p>\n"
            + $"<p class=\"status\"><strong>{Encode(t.Universe)}:</strong> {Encode(universe)}</p>\n";
    }

    /// <summary>A warning above everything when the folder was changed after rdsim wrote it (<c>report --allow-modified</c>).</summary>
    private static string Alterations(RunResult run, IReadOnlyList<FolderAlteration> alterations) => alterations.Count == 0 ? "" :
        "<div class=\"altered\"><strong>Warning: this folder was changed after rdsim wrote it.</strong> "
        + $"The numbers below may not be those of the run whose result fingerprint is {Encode(run.Manifest.ResultFingerprint)}.<ul>\n"
        + string.Concat(alterations.Select(a => $"<li>{Encode(a.ToString())}</li>\n")) + "</ul></div>\n";

    /// <summary>A chart inline (its SVG), captioned with its title and the CSV it was drawn from.</summary>
    private static string Figure(ChartOutput chart) =>
        "<figure>\n" + StripXmlDeclaration(System.IO.File.ReadAllText(chart.Svg))
        + $"\n<figcaption>{Encode(chart.Title)} (<code>charts/{chart.Name}.csv</code>)</figcaption>\n</figure>\n";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string StripXmlDeclaration(string svg) =>
        svg.StartsWith("<?xml", StringComparison.Ordinal) ? svg[(svg.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart() : svg;
}
