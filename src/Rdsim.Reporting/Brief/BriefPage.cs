using System.Net;
using Markdig;
using Rdsim.Reporting.Charts;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// What every brief page shares (the run brief and the comparison brief): one self-contained HTML page whose head has a
/// Content-Security-Policy that lets it run no script and load nothing, Markdown rendered with raw HTML off, text from
/// outside rdsim HTML-encoded, and charts inlined as SVG.
/// </summary>
public static class BriefPage
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <summary>No script, no fetch, no frame: the page's own styles and inline images only.</summary>
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>The page up to the opening <c>&lt;body&gt;</c>, titled <paramref name="title"/>.</summary>
    public static string Head(string title, ChartLanguage language) =>
        $"<!DOCTYPE html>\n<html lang=\"{(language == ChartLanguage.Zh ? "zh" : "en")}\">\n<head>\n<meta charset=\"utf-8\">\n"
        + $"<meta http-equiv=\"Content-Security-Policy\" content=\"{Policy}\">\n<title>{Encode(title)}</title>\n"
        + BriefStyle.Css + "</head>\n<body>\n";

    /// <summary>The end of the page.</summary>
    public const string End = "</body>\n</html>\n";

    /// <summary><paramref name="markdown"/> (whose outside text was escaped with <see cref="MarkdownText"/>) as HTML.</summary>
    public static string Html(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary><paramref name="text"/> HTML-encoded.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary><paramref name="chart"/>'s SVG inline, captioned with its title and the CSV of its numbers.</summary>
    public static string Figure(ChartOutput chart) =>
        "<figure>\n" + StripXmlDeclaration(File.ReadAllText(chart.Svg))
        + $"\n<figcaption>{Encode(chart.Title)} (<code>{RunCharts.Folder}/{chart.Name}.csv</code>)</figcaption>\n</figure>\n";

    private static string StripXmlDeclaration(string svg) =>
        svg.StartsWith("<?xml", StringComparison.Ordinal) ? svg[(svg.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart() : svg;
}
