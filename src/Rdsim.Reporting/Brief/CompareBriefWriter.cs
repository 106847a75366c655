using System.Globalization;
using System.Text;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Compare;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Results;
using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// The comparison brief, <c>brief.html</c> (<c>brief.zh.html</c> in Chinese: <see cref="BriefFiles"/>) in a compare folder: how far to trust the numbers (each scenario's fit,
/// caveats and population, and the values outside their advisory range), a plain-language paragraph per scenario made from the numbers, then for each scenario
/// the table of its differences from the baseline (every year together and each year) and the parameters that
/// differ (with <c>compare --sensitivity</c>, its sensitivity table and reading), the overlay charts, and the commands that reproduce the comparison and each run. Built like the run brief (<see cref="BriefPage"/>).
/// </summary>
public static class CompareBriefWriter
{
    /// <summary>
    /// Writes the brief of <paramref name="runs"/> (the first is the baseline), made by <paramref name="command"/> (null: a comparison
    /// from before rdsim kept it), with <paramref name="charts"/> into the compare folder <paramref name="folder"/>; returns its path. Run folders changed since rdsim wrote them (<paramref name="alterations"/>,
    /// <c>report --allow-modified</c>) are named in a warning at the top, each with its run's manifest. Money is shown in <paramref name="unit"/>.
    /// With <paramref name="sensitivity"/> (one per compared scenario, in order), each scenario's section ends with how far its difference
    /// depends on behavioural assumptions.
    /// </summary>
    public static string Write(IReadOnlyList<RunResult> runs, string folder, string? command, IReadOnlyList<ChartOutput> charts, ChartLanguage language, MoneyUnit unit,
        IReadOnlyList<(RunManifest Run, IReadOnlyList<FolderAlteration> Found)>? alterations = null, IReadOnlyList<ReformSensitivity>? sensitivity = null)
    {
        var (t, c, b) = (ChartText.For(language, unit), CompareText.For(language, unit), BriefText.For(language, unit));
        var baseline = runs[0];
        var others = runs.Skip(1).ToList();
        var title = F(c.Title, string.Join(c.NameSeparator, others.Select(r => r.Name)), baseline.Name);
        var html = new StringBuilder(BriefPage.Head(title, language));
        foreach (var (run, found) in alterations ?? []) html.Append(BriefWriter.Alterations(run, found, b));
        html.Append($"<h1>{E(title)}</h1>\n<p class=\"lead\">{E(c.Lead)}</p>\n")
            .Append($"<h2>{E(c.Standing)}</h2>\n").Append(Standing(runs, language)).Append(Warnings(runs, c, language))
            .Append($"<h2>{E(c.Summary)}</h2>\n");
        var (first, last) = (baseline.Manifest.FirstYear, baseline.Manifest.LastYear);
        var span = first == last ? Year(first) : $"{Year(first)}–{Year(last)}";
        var differences = others.Select(r => HeadlineDifference.Of(baseline, r)).ToList();
        for (var i = 0; i < others.Count; i++)
        {
            html.Append($"<p class=\"summary\">{E(ComparisonSummary.Of(others[i].Name, baseline.Name, first, last, differences[i][0], language, unit))}</p>\n");
        }
        for (var i = 0; i < others.Count; i++)
        {
            html.Append($"<h2>{E(F(c.Difference, others[i].Name, baseline.Name))}</h2>\n")
                .Append("<div class=\"wide\">\n").Append(BriefPage.Html(CompareBriefMarkdown.Differences(differences[i], span, c, unit))).Append("</div>\n")
                .Append($"<p class=\"small\">{E(F(c.TableNote, Year(last)))}</p>\n")
                .Append($"<h3>{E(F(c.ParametersDiffer, others[i].Name))}</h3>\n")
                .Append(BriefPage.Html(CompareBriefMarkdown.Parameters([.. ParameterDifferences.Of(baseline, others[i])], c, b)));
            if (sensitivity is null) continue;
            html.Append($"<h3>{E(t.Sensitivity)}</h3>\n<p class=\"summary\">{E(ReformSensitivityReading.Of(sensitivity[i], language))}</p>\n")
                .Append(BriefPage.Html(CompareBriefMarkdown.Sensitivity(sensitivity[i], c, t)));
        }
        if (charts.Count > 0) html.Append($"<h2>{E(t.Charts)}</h2>\n");
        foreach (var chart in charts) html.Append(BriefPage.Figure(chart));
        html.Append($"<h2>{E(t.Reproduce)}</h2>\n");
        // The comparison's own command first: only it makes the whole folder again (the runs' commands make their run folders).
        if (command is not null) html.Append($"<div class=\"reproduce\">\n<p><strong>{E(c.WholeComparison)}</strong></p>\n<pre>{E(command)}</pre>\n</div>\n");
        foreach (var run in runs)
        {
            // A run's name, command and fingerprint stay on one page (BriefStyle: .reproduce).
            html.Append($"<div class=\"reproduce\">\n<p><strong>{E(run.Name)}</strong></p>\n<pre>{E(run.Manifest.Command)}</pre>\n")
                .Append($"<p class=\"small\">{E(F(c.Fingerprint, run.Manifest.ResultFingerprint, run.Manifest.Scenario.ContentHash))}</p>\n</div>\n");
        }
        html.Append(BriefPage.End);
        var path = Path.Combine(folder, BriefFiles.Html(language));
        AtomicFile.WriteText(path, html.ToString());
        return path;
    }

    /// <summary>Each scenario's standing, once for all the scenarios that read alike (reforms that extend the baseline and state nothing of their own).</summary>
    private static string Standing(IReadOnlyList<RunResult> runs, ChartLanguage language)
    {
        var groups = new List<List<RunResult>>();
        foreach (var run in runs)
        {
            if (groups.FirstOrDefault(g => ScenarioStanding.Same(g[0].Manifest, run.Manifest)) is { } group) group.Add(run);
            else groups.Add([run]);
        }
        if (groups.Count == 1) return ScenarioStanding.Html(runs[0].Manifest, language);
        var names = language == ChartLanguage.Zh ? "、" : ", ";
        return string.Concat(groups.Select(g => $"<p><strong>{E(string.Join(names, g.Select(r => r.Name)))}</strong></p>\n" + ScenarioStanding.Html(g[0].Manifest, language)));
    }

    /// <summary>
    /// The advisory warnings of the runs' scenarios (as their manifests keep them), each once with the scenarios that raised it, or
    /// nothing when there are none: a value outside its advisory range applied to every scenario shows in no difference table.
    /// </summary>
    private static string Warnings(IReadOnlyList<RunResult> runs, CompareText c, ChartLanguage language)
    {
        // A Chinese brief shows the Chinese text the manifest keeps beside the English (older manifests have only the English).
        var warnings = runs.SelectMany(r => (language == ChartLanguage.Zh ? r.Manifest.WarningsZh ?? r.Manifest.Warnings : r.Manifest.Warnings)
            .Select(w => (Text: w, r.Name))).GroupBy(w => w.Text, StringComparer.Ordinal).ToList();
        if (warnings.Count == 0) return "";
        var items = warnings.Select(w =>
            $"<li>{BreakableText.Html(w.Key)} <em>{E(F(c.WarnedIn, string.Join(c.NameSeparator, w.Select(x => x.Name).Distinct(StringComparer.Ordinal))))}</em></li>\n");
        return $"<h3>{E(c.Warnings)}</h3>\n<p class=\"small\">{E(c.WarningsNote)}</p>\n<ul>\n{string.Concat(items)}</ul>\n";
    }

    private static string E(string text) => BriefPage.Encode(text);

    private static string F(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
