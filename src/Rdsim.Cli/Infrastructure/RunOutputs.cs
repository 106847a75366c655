using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Draws a run's charts and brief from its stored tables (used by <c>run</c>, before the manifest is written, and by <c>report</c>).</summary>
public static class RunOutputs
{
    /// <summary>
    /// Draws <paramref name="run"/>'s <c>charts/</c> (unless <paramref name="charts"/> is false), <c>brief.html</c> and, where
    /// Chromium is installed, <c>brief.pdf</c>, from its stored tables; Ctrl+C (<paramref name="cancellationToken"/>) stops it between steps.
    /// </summary>
    public static void Render(RunData run, ChartLanguage language, bool charts, CancellationToken cancellationToken)
    {
        var folder = run.Folder;
        if (charts) CliConsole.Info($"Drawing charts in {Path.Combine(folder, RunCharts.Folder)}/ …");
        var drawn = charts ? RunCharts.Draw(run, language) : [];
        cancellationToken.ThrowIfCancellationRequested();
        var brief = BriefWriter.Write(run, drawn, language);
        cancellationToken.ThrowIfCancellationRequested();
        CliConsole.Info($"Printing {RunFolder.PdfFile} …");
        var note = PdfPrinter.Print(brief, Path.ChangeExtension(brief, ".pdf"), cancellationToken);
        CliConsole.Info($"{(charts ? $"{drawn.Count} charts in {Path.Combine(folder, RunCharts.Folder)}/, " : "")}brief in {brief}; {note}");
    }
}
