using System.Net;
using System.Text.RegularExpressions;

namespace Rdsim.Cli.Tests.Brief;

/// <summary>
/// Finds English left in a Chinese brief: runs of three or more English words in one piece of text (a table cell, a
/// paragraph, a list item), once the things that may stay English are taken out: code (parameter keys, commands), the
/// page's style and inline charts, text in Chinese quotation marks or book-title marks (names and titles), and the names
/// the caller lists (scenario names, parameter values as the scenario file writes them).
/// </summary>
internal static partial class EnglishRuns
{
    /// <summary>Every run of three or more English words in <paramref name="html"/>, apart from <paramref name="names"/>.</summary>
    public static IReadOnlyList<string> In(string html, IEnumerable<string> names)
    {
        var text = Drop().Replace(html, " ");
        var pieces = Tag().Split(text).Select(p => Quoted().Replace(WebUtility.HtmlDecode(p) ?? "", " "));
        // Longest first, so that a name holding a shorter one is taken out whole.
        var known = names.Where(n => n.Length > 0).OrderByDescending(n => n.Length).ToList();
        return [.. pieces.Select(p => known.Aggregate(p, (piece, name) => piece.Replace(name, " ", StringComparison.Ordinal)))
            .SelectMany(p => Words().Matches(p).Select(m => m.Value.Trim()))];
    }

    /// <summary>The parts of a page that are not prose: its head, inline SVG charts, code and preformatted commands.</summary>
    [GeneratedRegex(@"<head>.*?</head>|<svg.*?</svg>|<code>.*?</code>|<pre>.*?</pre>", RegexOptions.Singleline)]
    private static partial Regex Drop();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    /// <summary>Text in “…” or 《…》: names and titles (a README section, a yearbook) quoted in a Chinese sentence.</summary>
    [GeneratedRegex(@"“[^”]*”|《[^》]*》")]
    private static partial Regex Quoted();

    /// <summary>Three or more English words in a row, with spaces, commas, brackets or slashes between them.</summary>
    [GeneratedRegex(@"[A-Za-z][A-Za-z'’-]*(?:[\s,()/&]+[A-Za-z][A-Za-z'’-]*){2,}")]
    private static partial Regex Words();
}
