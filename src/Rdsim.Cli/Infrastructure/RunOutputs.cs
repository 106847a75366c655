using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Sensitivity;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Draws a run's charts and brief from its results (used by <c>run</c>, before the manifest is written, and by <c>report</c>, from the stored ones).</summary>
public static class RunOutputs
{
    /// <summary>
    /// Draws <paramref name="run"/>'s <c>charts/</c> (unless <paramref name="charts"/> is false), its brief and, where
    /// Chromium is installed, the brief's PDF (<c>brief.html</c> and <c>brief.pdf</c>, in Chinese <c>brief.zh.html</c> and
    /// <c>brief.zh.pdf</c>: <see cref="BriefFiles"/>) into its run folder <paramref name="folder"/>, naming in the brief what was found
    /// changed in the folder (<paramref name="alterations"/>), money in <paramref name="unit"/>, the charts' CSV files with a byte-order
    /// mark when <paramref name="csvByteOrderMark"/>; Ctrl+C (<paramref name="cancellationToken"/>) stops it between steps.
    /// With the run's <paramref name="sensitivity"/> analysis, its tornado charts follow the run's and the brief shows its band.
    /// </summary>
    public static void Render(RunResult run, string folder, ChartLanguage language, MoneyUnit unit, bool charts, IReadOnlyList<FolderAlteration> alterations,
        bool csvByteOrderMark, CancellationToken cancellationToken, SensitivityResult? sensitivity = null)
    {
        if (charts) CliConsole.Say(t => t.DrawingCharts, Path.Combine(folder, RunCharts.Folder));
        IReadOnlyList<ChartOutput> drawn = charts
            ? [.. RunCharts.Draw(run, folder, language, unit, csvByteOrderMark), .. sensitivity is null ? [] : SensitivityCharts.Draw(folder, sensitivity, language, unit, csvByteOrderMark)]
            : [];
        cancellationToken.ThrowIfCancellationRequested();
        var brief = BriefWriter.Write(run, folder, drawn, language, unit, alterations, sensitivity);
        var note = PrintPdf(brief, cancellationToken);
        var t = CliConsole.Text;
        CliConsole.Info((charts ? ConsoleText.Format(t.ChartsIn, drawn.Count, Path.Combine(folder, RunCharts.Folder)) : "") + ConsoleText.Format(t.BriefIn, brief, note));
    }

    /// <summary>
    /// Prints the brief <paramref name="brief"/> to its PDF beside it (<see cref="BriefFiles.PdfOf"/>),
    /// where Chromium is installed; returns a note for people.
    /// </summary>
    public static string PrintPdf(string brief, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pdf = BriefFiles.PdfOf(brief);
        var name = Path.GetFileName(pdf);
        CliConsole.Say(t => t.Printing, name);
        var t = CliConsole.Text;
        return PdfPrinter.Print(brief, pdf, cancellationToken) switch
        {
            PdfPrintStatus.Written => ConsoleText.Format(t.PdfWritten, name, PdfPrinter.Chromium),
            PdfPrintStatus.NoBrowser => ConsoleText.Format(t.PdfNoBrowser, name, PdfPrinter.Chromium),
            PdfPrintStatus.TimedOut => ConsoleText.Format(t.PdfTimedOut, name, PdfPrinter.Timeout.TotalSeconds),
            _ => ConsoleText.Format(t.PdfFailed, name),
        };
    }
}
