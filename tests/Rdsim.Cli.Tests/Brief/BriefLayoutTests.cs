using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rdsim.Cli.Tests.Commands;
using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;

namespace Rdsim.Cli.Tests.Brief;

/// <summary>
/// The briefs as a reader gets them: a Chinese brief (run and comparison, with their sensitivity sections) says everything in
/// Chinese, apart from names, numbers, parameter keys, units and commands; the PDF is A4, no text reaches into its right margin (a table wider than the
/// page is cut off there), every chart is printed whole (scaled to the column, not cut off at its edge), no number breaks over
/// two lines of its cell, no word breaks in the middle, and its last page holds more than the fingerprint; the HTML fits a
/// 1,200-pixel browser window. The national preset's brief is a document one can send: a few pages, not one a parameter.
/// </summary>
public sealed partial class BriefLayoutTests
{
    /// <summary>
    /// Points from the page's right edge within which no text may end. The print margin is 12 mm (34 pt); glyphs of a chart's
    /// edge labels and of a wrapped command may end a few points into it, a table wider than the text column ends far beyond.
    /// </summary>
    private const double RightMargin = 20;

    /// <summary>
    /// Pages the national preset's English brief may take: about 8 of standing, numbers, charts and who benefits (its 36
    /// regions), 4 of parameters, 4 of appendix (what they mean, with their references) and the command. It took 50.
    /// </summary>
    private const int MaxNationalPages = 20;

    [Fact]
    public void A_Chinese_run_brief_is_Chinese_and_fits_A4_and_a_1200_pixel_window()
    {
        using var rdsim = new Rdsim();
        var run = rdsim.Run(["run", Small.China, .. Small.Set(), "--lang", "zh", "--sensitivity", "--out", "r"]);
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("亿元", run.Out);                                   // the terminal table counts in 亿元 too
        Assert.Contains("税式支出", run.Out);
        var folder = Path.Combine(rdsim.Folder, "r");
        var html = File.ReadAllText(Path.Combine(folder, BriefFiles.Html(ChartLanguage.Zh)));
        Assert.Contains("（亿元）", html);
        Assert.Contains("<h2>对行为假设的敏感性</h2>", html);              // the band is in the brief, and Chinese too
        Assert.Empty(EnglishRuns.In(html, Names(folder)));
        Fits(folder, ChartLanguage.Zh, "rdsim run", "结果指纹");
    }

    [Fact]
    public void An_English_run_brief_fits_A4_and_a_1200_pixel_window()
    {
        using var rdsim = new Rdsim();
        var run = rdsim.Run(["run", Small.China, .. Small.Set(), "--out", "r"]);
        Assert.True(run.ExitCode == 0, run.All);
        Fits(Path.Combine(rdsim.Folder, "r"), ChartLanguage.En, "rdsim run", "Result fingerprint");
    }

    [Fact]
    public void A_Chinese_comparison_brief_is_Chinese_and_fits_A4_and_a_1200_pixel_window()
    {
        using var rdsim = new Rdsim();
        var reform = Path.Combine(Rdsim.Scenarios, "reform-hnte-10pct.yaml");
        var compare = rdsim.Run(["compare", Small.China, reform, .. Small.Set(), "--lang", "zh", "--sensitivity", "--out", "c"]);
        Assert.True(compare.ExitCode == 0, compare.All);
        var folder = Path.Combine(rdsim.Folder, "c");
        var html = File.ReadAllText(Path.Combine(folder, BriefFiles.Html(ChartLanguage.Zh)));
        Assert.Contains("对行为假设的敏感性", html);                         // each reform's band, in Chinese too
        Assert.Empty(EnglishRuns.In(html, Directory.GetDirectories(folder).Where(d => File.Exists(Path.Combine(d, "manifest.json"))).SelectMany(Names)));
        Fits(folder, ChartLanguage.Zh, "rdsim run", "结果指纹");
    }

    [Fact]
    public void An_English_comparison_brief_in_10k_CNY_fits_A4_and_a_1200_pixel_window()
    {
        // Firms of a hundred times the preset's weight, counted in 万元, make numbers as long as a national run's in any unit
        // (differences of tens of millions, counts of tens of thousands): none may break over two lines of its cell.
        using var rdsim = new Rdsim();
        var reform = Path.Combine(Rdsim.Scenarios, "reform-200pct-from-2015.yaml");
        var compare = rdsim.Run(["compare", Small.China, reform, .. Small.Set(), "--set", "population.weight=9200", "--money-unit", "wan", "--out", "c"]);
        Assert.True(compare.ExitCode == 0, compare.All);
        Fits(Path.Combine(rdsim.Folder, "c"), ChartLanguage.En, "rdsim run", "Result fingerprint");
    }

    [Fact]
    public void The_national_presets_English_brief_is_a_few_pages_with_no_word_broken()
    {
        // The bundled national preset sets 19 sectors' traits: listed one a row with their meanings and references, they made a
        // 50-page brief (40 of them parameters), its narrow columns breaking words anywhere ("correlatio / n").
        using var rdsim = new Rdsim();
        var run = rdsim.Run(["run", Path.Combine(Rdsim.Scenarios, "china-2008-2024.yaml"), "--out", "r"]);
        Assert.True(run.ExitCode == 0, run.All);
        var folder = Path.Combine(rdsim.Folder, "r");
        var pdf = PdfPages.Read(Path.Combine(folder, "brief.pdf"));
        Assert.InRange(pdf.Pages.Count, 1, MaxNationalPages);
        Assert.Empty(CutInPrint.BrokenWords(File.ReadAllText(Path.Combine(folder, "brief.html")), pdf.AllWords()));
        Assert.Empty(pdf.PastRightMargin(RightMargin));
    }

    [Fact]
    public void The_broken_word_checker_finds_a_word_broken_in_the_middle_and_passes_breaks_after_separators()
    {
        const string html = "<head><title>correlation</title></head><td>correlation</td><td><code>population.<wbr>sectors</code> china-2024.yaml:238 中文B指数</td>";
        Assert.Empty(CutInPrint.BrokenWords(html, ["correlation", "population.", "sectors", "china-", "2024.yaml:", "238", "中文B指", "数"]));
        Assert.Equal(["correlatio", "n"], CutInPrint.BrokenWords(html, ["correlatio", "n"]));
        Assert.Equal(["china-2024.yaml:23", "8"], CutInPrint.BrokenWords(html, ["china-2024.yaml:23", "8"]));
    }

    [Fact]
    public void The_checker_finds_an_English_sentence_and_passes_names_code_and_quoted_titles()
    {
        Assert.Equal(["Result fingerprint abc"], EnglishRuns.In("<p>Result fingerprint abc</p>", []));
        Assert.Empty(EnglishRuns.In("<p>参数 <code>hnte.rate</code> 见“How well does it fit?”，情景 HNTE rate 10%</p>", []));
        Assert.Empty(EnglishRuns.In("<td>China 2008-2024 (calibrated) 的结果</td>", ["China 2008-2024 (calibrated)"]));
        Assert.Single(EnglishRuns.In("<li>Each firm chooses R&amp;D</li>", []));
    }

    /// <summary>
    /// The brief in <paramref name="language"/> in <paramref name="folder"/> printed on A4 with no text in the right margin, its charts whole and its numbers
    /// unbroken, and a last page that holds the end of the <paramref name="command"/> block as well as the
    /// <paramref name="fingerprint"/> line; and its HTML in a 1,200-pixel window with nothing drawn right of the page's
    /// 1,000-pixel column (a wider table would be).
    /// </summary>
    private static void Fits(string folder, ChartLanguage language, string command, string fingerprint)
    {
        var pdf = PdfPages.Read(Path.Combine(folder, BriefFiles.Pdf(language)));
        var html = File.ReadAllText(Path.Combine(folder, BriefFiles.Html(language)));
        Assert.Matches(PageSizeA4(), pdf.Info);
        Assert.Empty(pdf.PastRightMargin(RightMargin));
        // Chromium prints no text past the page's edge, so a table cut off there shows as its last columns missing from the PDF.
        // A heading wrapped in its cell is read line by line across the row, so only its start is looked for: its first
        // letters, up to four and up to the first bracket or digit (where a line may break).
        var printed = Compact(string.Join(' ', Enumerable.Range(0, pdf.Pages.Count).Select(pdf.Text)));
        var headers = HeaderCell().Matches(html).Select(m => Compact(WebUtility.HtmlDecode(m.Groups[1].Value)));
        Assert.All(headers.Distinct(), h => Assert.True(printed.Contains(Start(h), StringComparison.Ordinal), $"the column '{h}' is not in the PDF (cut off at the right edge?)"));
        var words = pdf.AllWords().ToList();
        Assert.Empty(CutInPrint.ChartWords(html, words));
        Assert.Empty(CutInPrint.Numbers(html, words));
        Assert.Empty(CutInPrint.BrokenWords(html, words));
        var last = pdf.Text(pdf.Pages.Count - 1);
        Assert.Contains(fingerprint.Split(' ')[0], last);
        Assert.True(last.Contains(command, StringComparison.Ordinal) || last.Length > 400, $"the last page holds only: {last}");
        using var screenshot = Screenshot.Of(Path.Combine(folder, BriefFiles.Html(language)), 1200, 2400);
        // The page's column is 1,000 pixels wide and centred: 100 pixels either side, less the body's padding.
        Assert.Null(Screenshot.FirstInk(screenshot, 1125));
    }

    /// <summary>
    /// What a run folder's brief may show in English: its scenario's name, the parameters' values, what it was made with. Only
    /// names with a letter count (taken out of the text, a bare number would cut the fingerprint's hex into "words").
    /// </summary>
    private static IEnumerable<string> Names(string runFolder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(runFolder, "manifest.json")));
        var root = manifest.RootElement;
        var scenario = root.GetProperty("scenario");
        string[] names = [scenario.GetProperty("name").GetString()!, .. scenario.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("value").GetString()!),
            .. new[] { "population", "engine", "tool" }.Select(k => root.TryGetProperty(k, out var v) ? v.ToString() : "")];
        return names.Where(n => n.Any(char.IsLetter));
    }

    /// <summary><paramref name="text"/> without whitespace or tags: a heading wrapped onto two lines, or set in bold, reads the same.</summary>
    private static string Compact(string text) => string.Concat(Regex.Replace(text, "<[^>]*>", "").Where(c => !char.IsWhiteSpace(c)));

    private static string Start(string heading) => string.Concat(heading.TakeWhile(char.IsLetter).Take(4)) is { Length: > 0 } start ? start : heading;

    /// <summary>A table's column heading in the brief's HTML.</summary>
    [GeneratedRegex(@"<th[^>]*>(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex HeaderCell();

    /// <summary>pdfinfo's line for A4 (595 × 842 pt, as Chromium rounds it).</summary>
    [GeneratedRegex(@"Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts")]
    private static partial Regex PageSizeA4();
}
