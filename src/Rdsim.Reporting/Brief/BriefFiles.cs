using Rdsim.Reporting.Charts;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// The file names of a run's or a comparison's brief, which say its language: <c>brief.html</c> and <c>brief.pdf</c> in English,
/// <c>brief.zh.html</c> and <c>brief.zh.pdf</c> in Chinese. So briefs in both languages stay side by side in one folder: before,
/// <c>report --lang zh</c> wrote its Chinese brief over the English one a run had written, and a user who wanted both lost it.
/// </summary>
public static class BriefFiles
{
    /// <summary>The brief's page in <paramref name="language"/>.</summary>
    public static string Html(ChartLanguage language) => language switch
    {
        ChartLanguage.En => "brief.html",
        ChartLanguage.Zh => "brief.zh.html",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No brief file name for this language."),
    };

    /// <summary>The brief's PDF in <paramref name="language"/>, beside its page (<see cref="PdfOf"/>).</summary>
    public static string Pdf(ChartLanguage language) => PdfOf(Html(language));

    /// <summary>The PDF of the brief whose page is <paramref name="page"/> (a name or a path): the page's with <c>.pdf</c>.</summary>
    public static string PdfOf(string page) => Path.ChangeExtension(page, ".pdf");

    /// <summary>The page and the PDF of the brief in <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> Of(ChartLanguage language) => [Html(language), Pdf(language)];

    /// <summary>Whether <paramref name="relative"/> is a brief's page or PDF in some language.</summary>
    public static bool IsBrief(string relative) => Enum.GetValues<ChartLanguage>().Any(l => Of(l).Contains(relative));

    /// <summary>Whether <paramref name="relative"/> is the page or the PDF of a brief in a language other than <paramref name="language"/>: drawing the brief in <paramref name="language"/> leaves it be.</summary>
    public static bool IsInAnotherLanguage(string relative, ChartLanguage language) => IsBrief(relative) && !Of(language).Contains(relative);
}
