using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Compare;

/// <summary>
/// <c>differences.csv</c>: tidy, one row per scenario × year × metric for the years both report, each scenario against the first
/// (means over replicates; common random numbers make the difference the effect of the policy change).
/// </summary>
public static class DifferencesTable
{
    /// <summary>The metrics compared (columns of <c>years.csv</c>).</summary>
    public static IReadOnlyList<Column<YearRow>> Metrics { get; } =
    [
        YearsTable.Scenario(WorldColumns.RealRd), YearsTable.Scenario(WorldColumns.ReportedRd), YearsTable.Scenario(WorldColumns.RelabeledRd),
        YearsTable.ThisYear(AdditionalityColumns.InducedRealRd), YearsTable.ThisYear(AdditionalityColumns.InducedReportedRd),
        YearsTable.ThisYear(AdditionalityColumns.RevenueForgone), YearsTable.Scenario(WorldColumns.ReliefTotal),
        YearsTable.ThisYear(AdditionalityColumns.BangForBuck), YearsTable.ThisYear(AdditionalityColumns.Deadweight),
        YearsTable.Scenario(WorldColumns.HnteFirms), YearsTable.Scenario(WorldColumns.Claimants),
        YearsTable.Cumulative(AdditionalityColumns.InducedRealRd), YearsTable.Cumulative(AdditionalityColumns.RevenueForgone),
        YearsTable.Cumulative(AdditionalityColumns.BangForBuck),
    ];

    /// <summary>The columns, in file order.</summary>
    public static IReadOnlyList<Column<DifferenceRow>> Columns { get; } =
    [
        Column<DifferenceRow>.Text("scenario", "", "", r => r.Scenario),
        Column<DifferenceRow>.Text("baseline", "", "", r => r.Baseline),
        Column<DifferenceRow>.Integer("year", "", "", r => r.Year),
        Column<DifferenceRow>.Text("metric", "", "", r => r.Metric),
        Column<DifferenceRow>.Number("value", "", "", r => r.Value),
        Column<DifferenceRow>.Number("baseline_value", "", "", r => r.BaselineValue),
        Column<DifferenceRow>.Number("difference", "", "", r => r.Value - r.BaselineValue),
    ];

    /// <summary>The differences of <paramref name="runs"/> (the first is the baseline).</summary>
    public static IEnumerable<DifferenceRow> Rows(IReadOnlyList<RunResult> runs)
    {
        var baseline = runs[0];
        foreach (var run in runs.Skip(1))
        {
            foreach (var metric in Metrics)
            {
                var (mine, theirs) = (run.Years.Band(metric), baseline.Years.Band(metric));
                // By calendar year, the years both report: a reform that starts later is not set against the baseline's first years.
                for (var i = 0; i < run.Years.Years.Count; i++)
                {
                    var j = YearIndex.Of(baseline.Years.Years, run.Years.Years[i]);
                    if (j >= 0) yield return new DifferenceRow(run.Name, baseline.Name, run.Years.Years[i], metric.Name, mine.Mean[i], theirs.Mean[j]);
                }
            }
        }
    }

    /// <summary>Writes the differences of <paramref name="runs"/> (the first is the baseline) to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<RunResult> runs, bool byteOrderMark = false) => TableWriter.Write(path, Columns, Rows(runs), byteOrderMark);
}
