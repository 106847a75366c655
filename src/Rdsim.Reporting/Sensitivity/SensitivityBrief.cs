using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Sensitivity;

/// <summary>
/// <c>brief.md</c> of a sensitivity folder: the brief's sensitivity section (the band of each headline metric), the tornado
/// charts, and the command that makes the folder again — the same section a run's brief shows with <c>run --sensitivity</c>.
/// </summary>
public static class SensitivityBrief
{
    /// <summary>The file's name.</summary>
    public const string File = "brief.md";

    /// <summary>Writes the brief of <paramref name="result"/> with <paramref name="charts"/> to <paramref name="path"/>, atomically.</summary>
    public static void Write(string path, SensitivityResult result, IReadOnlyList<ChartOutput> charts, string command, ChartLanguage language)
    {
        var t = ChartText.For(language);
        var text = new System.Text.StringBuilder($"# {t.Sensitivity} — {MarkdownText.Escape(result.Scenario)}\n\n")
            .Append(SensitivityMarkdown.Section(result, t)).Append('\n');
        foreach (var chart in charts) text.Append($"![{MarkdownText.Escape(chart.Title)}]({RunCharts.Folder}/{chart.Name}.png)\n\n");
        text.Append($"## {t.Reproduce}\n\n```\n{command}\n```\n");
        AtomicFile.WriteText(path, text.ToString());
    }
}
