using System.Net;
using System.Text.RegularExpressions;

namespace Rdsim.Cli.Tests.Brief;

/// <summary>
/// Finds what the PDF of a brief prints cut: a chart shown wider than the page's column (a chart that does not scale is cut
/// off at the column's right edge and at its bottom, and Chromium prints none of the text cut off: the last years, the axis
/// label, the legend), a number broken over two lines in its table cell, and a word broken in the middle.
/// </summary>
internal static partial class CutInPrint
{
    /// <summary>
    /// The words of the charts in <paramref name="html"/> that <paramref name="printed"/> (the PDF's words) holds fewer times than
    /// the charts do. Only words the page's other text does not hold are counted (a legend entry, an axis label, a tick), so the
    /// count is the charts' own; text drawn turned (a y-axis label) is left out, as pdftotext reads it letter by letter.
    /// </summary>
    public static IReadOnlyList<string> ChartWords(string html, IEnumerable<string> printed)
    {
        var charts = Svg().Matches(html).SelectMany(svg => ChartText().Matches(svg.Value))
            .Where(t => !t.Groups["transform"].Value.StartsWith("matrix", StringComparison.Ordinal))
            .SelectMany(t => Words(t.Groups["text"].Value)).ToList();
        var elsewhere = Words(Tag().Replace(Drop().Replace(html, " "), " ")).ToHashSet(StringComparer.Ordinal);
        var inPdf = printed.CountBy(w => w).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        return [.. charts.Where(w => !elsewhere.Contains(w)).CountBy(w => w)
            .Where(c => inPdf.GetValueOrDefault(c.Key) < c.Value)
            .Select(c => $"'{c.Key}' printed {inPdf.GetValueOrDefault(c.Key)} of {c.Value} times")];
    }

    /// <summary>
    /// The numbers of the tables in <paramref name="html"/> (right-aligned cells: "+1,196", "11.4% → 10.6%" is three) that are no
    /// word of <paramref name="printed"/>: broken over two lines of their cell, or not printed.
    /// </summary>
    public static IReadOnlyList<string> Numbers(string html, IEnumerable<string> printed)
    {
        var inPdf = printed.ToHashSet(StringComparer.Ordinal);
        return [.. NumberCell().Matches(html).SelectMany(c => Words(Tag().Replace(c.Groups["text"].Value, " ")))
            .Where(w => w.All(char.IsAscii) && !inPdf.Contains(w)).Distinct()];
    }

    /// <summary>
    /// The pieces of words <paramref name="printed"/> (the PDF's words) holds that are no word of <paramref name="html"/>'s text,
    /// nor a part of one that ends after a separator (<c>population.</c> of <c>population.firms</c>, <c>china-2008-</c> of a file
    /// name): a word broken in the middle over two lines ("correlatio" / "n", "china-2024.yaml:23" / "8"), or hyphenated.
    /// Words are compared as their runs of printable ASCII, so a Chinese line, which may break between any two characters, is
    /// checked only where it holds Latin letters, digits or keys. A break that leaves two pieces that are words elsewhere in the
    /// brief passes unseen.
    /// </summary>
    public static IReadOnlyList<string> BrokenWords(string html, IEnumerable<string> printed)
    {
        var text = WebUtility.HtmlDecode(Tag().Replace(Head().Replace(html, " ").Replace("<wbr>", "", StringComparison.Ordinal), " "));
        var whole = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Ascii().Matches(text).Select(m => m.Value).Distinct())
        {
            int[] ends = [0, .. Enumerable.Range(1, word.Length - 1).Where(k => Separators.Contains(word[k - 1])), word.Length];
            for (var i = 0; i < ends.Length; i++)
            {
                for (var j = i + 1; j < ends.Length; j++) whole.Add(word[ends[i]..ends[j]]);
            }
        }
        return [.. printed.SelectMany(w => Ascii().Matches(w).Select(m => m.Value)).Where(w => !whole.Contains(w)).Distinct()];
    }

    /// <summary>The characters after which a line may break inside a word.</summary>
    private const string Separators = "._/:-,;";

    private static IEnumerable<string> Words(string text) =>
        WebUtility.HtmlDecode(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();

    /// <summary>A text element of a chart, with its transform (a turned one is a matrix) and its text.</summary>
    [GeneratedRegex(@"<text[^>]*?transform=""(?<transform>[^""]*)""[^>]*>(?<text>[^<]*)</text>", RegexOptions.Singleline)]
    private static partial Regex ChartText();

    /// <summary>The parts of the page a reader does not see as text: its head and its charts.</summary>
    [GeneratedRegex(@"<head>.*?</head>|<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Drop();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<head>.*?</head>", RegexOptions.Singleline)]
    private static partial Regex Head();

    /// <summary>A run of printable ASCII: a word, or the Latin part of a Chinese one.</summary>
    [GeneratedRegex(@"[\x21-\x7e]+")]
    private static partial Regex Ascii();

    /// <summary>A right-aligned table cell: a column of numbers.</summary>
    [GeneratedRegex(@"<td style=""text-align: right;"">(?<text>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex NumberCell();
}
