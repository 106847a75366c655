using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Workbook;

/// <summary>
/// <c>results.xlsx</c>: a run's results for a spreadsheet — the summary (what ran, the headline totals), then a sheet per
/// table of the run folder (years, groups, intensity histogram, bunching) with units in the headers, numbers rounded
/// for reading by cell formats (full values in the cells; the CSVs stay the reference), the header frozen and filtered,
/// and under the years the totals of what adds up (<see cref="YearsTotals"/>); last, every parameter of the run with where
/// it was set, its meaning and reference (<see cref="ParametersSheet"/>), the detail the brief leaves out.
/// </summary>
public static class RunWorkbook
{
    /// <summary>The workbook's file name in a run folder.</summary>
    public const string File = "results.xlsx";

    /// <summary>The sheets' names in English, in order.</summary>
    public static IReadOnlyList<string> Sheets { get; } = 
        [WorkbookText.For(ChartLanguage.En).SummarySheet, .. WorkbookText.For(ChartLanguage.En).RunSheets, WorkbookText.For(ChartLanguage.En).ParametersSheet];

    /// <summary>
    /// Writes the workbook of <paramref name="run"/> to <paramref name="path"/>, atomically, in <paramref name="language"/>: sheet
    /// names, summary and headers (each header keeps its CSV column's name, see <see cref="WorkbookText.Header"/>).
    /// </summary>
    public static void Write(RunResult run, string path, ChartLanguage language = ChartLanguage.En)
    {
        var t = WorkbookText.For(language);
        // English headers stay the CSV names with their units, as before (TableSheet's own header).
        Func<Column, string>? header = language == ChartLanguage.Zh ? t.Header : null;
        var sheets = t.RunSheets;
        var years = run.Years;
        XlsxWriter.Write(path,
        [
            SummarySheet.Of(run, t),
            TableSheet.Of(sheets[0], RunFolder.YearsFile, run.YearsTable, [YearsTable.Seed], years.Replicates == 1 ? t.Item("run.total") : t.Item("run.totalMean", years.Replicates), c => YearsTotals.Of(years, c), header),
            TableSheet.Of(sheets[1], RunFolder.GroupsFile, run.Groups, header: header),
            TableSheet.Of(sheets[2], RunFolder.HistogramFile, run.Histograms, header: header),
            TableSheet.Of(sheets[3], RunFolder.BunchingFile, run.Bunching, header: header),
            ParametersSheet.Of(run, t),
        ]);
    }
}
