using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;

namespace Rdsim.Cli.Tests.Brief;

/// <summary>A PDF read with poppler-utils (pdfinfo, pdftotext): its page size, each page's text, and every word's box.</summary>
internal sealed class PdfPages
{
    private PdfPages(string info, IReadOnlyList<XElement> pages) => (Info, Pages) = (info, pages);

    /// <summary>pdfinfo's report (e.g. its "Page size:" line).</summary>
    public string Info { get; }

    /// <summary>Each page as <c>pdftotext -bbox</c> gives it: a <c>page</c> element (width, height) of <c>word</c> elements (xMin, xMax, …).</summary>
    public IReadOnlyList<XElement> Pages { get; }

    /// <summary>Reads <paramref name="pdf"/>.</summary>
    public static PdfPages Read(string pdf)
    {
        var bbox = XDocument.Parse(Poppler("pdftotext", "-bbox", pdf, "-"));
        return new(Poppler("pdfinfo", pdf), [.. bbox.Descendants().Where(e => e.Name.LocalName == "page")]);
    }

    /// <summary>The words of page <paramref name="page"/> (0 first), in reading order, as one string.</summary>
    public string Text(int page) => string.Join(' ', Words(Pages[page]).Select(w => w.Value));

    /// <summary>Every word of every page, in reading order: a word is text between spaces or line ends, as pdftotext finds it.</summary>
    public IEnumerable<string> AllWords() => Pages.SelectMany(Words).Select(w => w.Value);

    /// <summary>Every word that ends nearer than <paramref name="margin"/> points to its page's right edge, or beyond it (cut off), with its page.</summary>
    public IEnumerable<string> PastRightMargin(double margin) =>
        Pages.SelectMany((page, i) => Words(page).Where(w => Number(w, "xMax") > Number(page, "width") - margin)
            .Select(w => $"page {i + 1}: '{w.Value}' ends at {Number(w, "xMax"):F1} of {Number(page, "width"):F1} pt"));

    private static IEnumerable<XElement> Words(XElement page) => page.Elements().Where(e => e.Name.LocalName == "word");

    private static double Number(XElement e, string attribute) => double.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private static string Poppler(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed on {args[^1]} (poppler-utils installed?)");
        return output.Result;
    }
}
