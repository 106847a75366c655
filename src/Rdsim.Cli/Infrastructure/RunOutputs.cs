using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Draws a finished run's charts and brief from its stored results (used by <c>run</c> and <c>report</c>).</summary>
public static class RunOutputs
{
    /// <summary>Reads the run in <paramref name="folder"/> back and writes <c>charts/</c> (unless <paramref name="charts"/> is false), <c>brief.html</c> and, where Chromium is installed, <c>brief.pdf</c>.</summary>
    public static void Render(string folder, ChartLanguage language, bool charts)
    {
        var run = RunData.Read(folder);
        var drawn = charts ? RunCharts.Draw(run, language) : [];
        var brief = BriefWriter.Write(run, drawn, language);
        var note = PdfPrinter.Print(brief, Path.ChangeExtension(brief, ".pdf"));
        CliConsole.Info($"{(charts ? $"{drawn.Count} charts in {Path.Combine(folder, RunCharts.Folder)}/, " : "")}brief in {brief}; {note}");
    }
}
