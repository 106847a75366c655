using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Compare;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Workbook;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Draws a comparison's workbook, overlay charts and brief from its runs (used by <c>compare</c>, and by <c>report</c> on a compare folder).</summary>
public static class CompareOutputs
{
    /// <summary>
    /// Writes the workbook of <paramref name="runs"/>, made by <paramref name="command"/> (null: a comparison from before rdsim kept it) (<see cref="ComparisonWorkbook"/>, with the folder's sensitivity table if it has one), draws
    /// their overlay charts (unless <paramref name="charts"/> is false), <c>brief.html</c> and,
    /// where Chromium is installed, <c>brief.pdf</c> into the compare folder <paramref name="folder"/>, naming in the brief the
    /// run folders found changed (<paramref name="alterations"/>), money in <paramref name="unit"/>, the charts' CSV files with a
    /// byte-order mark when <paramref name="csvByteOrderMark"/> and, with <paramref name="sensitivity"/>, each compared scenario's
    /// sensitivity table; Ctrl+C (<paramref name="cancellationToken"/>) stops it between steps.
    /// </summary>
    public static void Render(IReadOnlyList<RunResult> runs, string folder, string? command, ChartLanguage language, MoneyUnit unit, bool charts,
        IReadOnlyList<(RunManifest Run, IReadOnlyList<FolderAlteration> Found)> alterations, bool csvByteOrderMark, CancellationToken cancellationToken,
        IReadOnlyList<ReformSensitivity>? sensitivity = null)
    {
        ComparisonWorkbook.Write(runs, folder, language);
        cancellationToken.ThrowIfCancellationRequested();
        var drawn = charts ? CompareFolder.DrawCharts(runs, folder, language, unit, csvByteOrderMark) : [];
        cancellationToken.ThrowIfCancellationRequested();
        var brief = CompareBriefWriter.Write(runs, folder, command, drawn, language, unit, alterations, sensitivity);
        CliConsole.Say(t => t.ComparisonBrief, brief, RunOutputs.PrintPdf(brief, cancellationToken));
    }
}
