using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// <c>brief.html</c> (<c>brief.zh.html</c> in Chinese: <see cref="BriefFiles"/>): one self-contained page (inline SVG charts, no external files) with the scenario's fit and caveats,
/// the headline numbers, the charts, who benefits (by tax status, size class and sector), the assumptions, every parameter's
/// value (compactly: <see cref="ParameterSection"/>), an appendix of what the parameters mean (<see cref="ParameterNotes"/>),
/// and the command that reproduces the run.
/// Everything from outside rdsim (names, paths, values, manifest fields) is HTML-encoded, or escaped Markdown rendered
/// with raw HTML off; a Content-Security-Policy lets the page run no script and load nothing, should anything slip through
/// (<see cref="BriefPage"/>).
/// </summary>
public static class BriefWriter
{
    /// <summary>
    /// Writes the brief of <paramref name="run"/> with <paramref name="charts"/> into <paramref name="folder"/>, under its name in
    /// <paramref name="language"/> (<see cref="BriefFiles.Html"/>, so that a brief in another language stays); returns its path. A folder
    /// changed since rdsim wrote it (<paramref name="alterations"/>, <c>report --allow-modified</c>) is named in a warning at the top.
    /// With a <paramref name="sensitivity"/> analysis of the run (<c>run --sensitivity</c>), its band follows the headline.
    /// Money is shown in <paramref name="unit"/>.
    /// </summary>
    public static string Write(RunResult run, string folder, IReadOnlyList<ChartOutput> charts, ChartLanguage language, MoneyUnit unit,
        IReadOnlyList<FolderAlteration>? alterations = null, SensitivityResult? sensitivity = null)
    {
        var (t, b) = (ChartText.For(language, unit), BriefText.For(language, unit));
        var m = run.Manifest;
        var html = new System.Text.StringBuilder();
        html.Append(BriefPage.Head(m.Scenario.Name, language))
            .Append(Alterations(run.Manifest, alterations ?? [], b))
            .Append($"<h1>{Encode(m.Scenario.Name)}</h1>\n")
            .Append(m.Scenario.Description is { } d ? $"<p class=\"lead\">{Encode(d)}</p>\n" : "")
            .Append(ScenarioStanding.Html(m, language))
            .Append($"<h2>{Encode(t.Headline)}</h2>\n").Append(BriefPage.Html(BriefMarkdown.Headline(run, t, b)))
            .Append(sensitivity is null ? "" : $"<h2>{Encode(t.Sensitivity)}</h2>\n" + BriefPage.Html(SensitivityMarkdown.Section(sensitivity, t)))
            .Append($"<h2>{Encode(t.Charts)}</h2>\n");
        foreach (var chart in charts.Where(c => c.Name != WhoBenefitsChart.Name)) html.Append(BriefPage.Figure(chart));
        html.Append($"<h2>{Encode(t.WhoBenefits)}</h2>\n<div class=\"groups\">\n").Append(BriefPage.Html(WhoBenefitsMarkdown.Tables(run, language, unit))).Append("</div>\n")
            .Append(string.Concat(charts.Where(c => c.Name == WhoBenefitsChart.Name).Select(BriefPage.Figure)));
        html.Append($"<h2>{Encode(t.Assumptions)}</h2>\n").Append(BriefPage.Html(BriefMarkdown.Assumptions(run, b)))
            .Append(ParameterSection.Html(m, t.Parameters, language, b))
            .Append(ParameterNotes.Html(m, language, b))
            // The command and the fingerprint that closes the brief stay together: a last page holding only the fingerprint says nothing.
            .Append($"<div class=\"reproduce\">\n<h2>{Encode(t.Reproduce)}</h2>\n<pre>{Encode(m.Command)}</pre>\n")
            .Append($"<p class=\"small\">{Encode(F(b.Fingerprint, m.ResultFingerprint, m.Scenario.ContentHash))}</p>\n</div>\n")
            .Append(BriefPage.End);
        var path = Path.Combine(folder, BriefFiles.Html(language));
        AtomicFile.WriteText(path, html.ToString());
        return path;
    }

    /// <summary>
    /// A warning above everything when the folder was changed after rdsim wrote it (<c>report --allow-modified</c>), naming the
    /// run by its result fingerprint (<paramref name="manifest"/>'s).
    /// </summary>
    public static string Alterations(RunManifest manifest, IReadOnlyList<FolderAlteration> alterations, BriefText b) => alterations.Count == 0 ? "" :
        $"<div class=\"altered\"><strong>{Encode(b.Altered)}</strong> "
        + $"{Encode(F(b.AlteredNote, manifest.ResultFingerprint))}<ul>\n"
        + string.Concat(alterations.Select(a => $"<li>{Encode(a.ToString())}</li>\n")) + "</ul></div>\n";

    private static string Encode(string text) => BriefPage.Encode(text);

    private static string F(string format, params object[] values) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, values);
}
