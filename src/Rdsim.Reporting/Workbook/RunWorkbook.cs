using Rdsim.Reporting.Files;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Workbook;

/// <summary>
/// <c>results.xlsx</c>: a run's results for a spreadsheet — the summary (what ran, the headline totals), then a sheet per
/// table of the run folder (years, groups, intensity histogram, bunching) with units in the headers, numbers rounded
/// for reading by cell formats (full values in the cells; the CSVs stay the reference), the header frozen and filtered,
/// and under the years the totals of what adds up (<see cref="YearsTotals"/>).
/// </summary>
public static class RunWorkbook
{
    /// <summary>The workbook's file name in a run folder.</summary>
    public const string File = "results.xlsx";

    /// <summary>The sheets' names, in order.</summary>
    public static IReadOnlyList<string> Sheets { get; } = [SummarySheet.Name, "years", "groups", "intensity_histogram", "bunching"];

    /// <summary>Writes the workbook of <paramref name="run"/> to <paramref name="path"/>, atomically.</summary>
    public static void Write(RunResult run, string path)
    {
        var years = run.Years;
        XlsxWriter.Write(path,
        [
            SummarySheet.Of(run),
            TableSheet.Of(Sheets[1], RunFolder.YearsFile, run.YearsTable, [YearsTable.Seed], YearsTotals.Label(years.Replicates), c => YearsTotals.Of(years, c)),
            TableSheet.Of(Sheets[2], RunFolder.GroupsFile, run.Groups),
            TableSheet.Of(Sheets[3], RunFolder.HistogramFile, run.Histograms),
            TableSheet.Of(Sheets[4], RunFolder.BunchingFile, run.Bunching),
        ]);
    }
}
