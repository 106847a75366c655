using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Compare;

/// <summary>
/// <c>differences.csv</c>: tidy, one row per scenario × year × metric, each scenario against the first
/// (means over replicates; common random numbers make the difference the effect of the policy change).
/// </summary>
public static class DifferencesTable
{
    /// <summary>The metrics compared (columns of <c>years.csv</c>).</summary>
    public static IReadOnlyList<string> Metrics { get; } =
    [
        "real_rd", "reported_rd", "relabeled_rd", "induced_real_rd", "induced_reported_rd", "revenue_forgone", "relief_total",
        "bang_for_buck", "deadweight", "hnte_firms", "claimants", "cum_induced_real_rd", "cum_revenue_forgone", "cum_bang_for_buck",
    ];

    /// <summary>Writes the differences of <paramref name="runs"/> (the first is the baseline) to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<ComparedRun> runs)
    {
        var baseline = runs[0];
        var rows = new List<string[]>();
        foreach (var run in runs.Skip(1))
        {
            foreach (var metric in Metrics)
            {
                var (mine, theirs) = (run.Years.Band(metric), baseline.Years.Band(metric));
                for (var i = 0; i < run.Years.Years.Count && i < baseline.Years.Years.Count; i++)
                {
                    rows.Add([run.Name, baseline.Name, CsvText.Integer(run.Years.Years[i]), metric,
                        CsvText.Number(mine.Mean[i]), CsvText.Number(theirs.Mean[i]), CsvText.Number(mine.Mean[i] - theirs.Mean[i])]);
                }
            }
        }
        string[] names = ["scenario", "baseline", "year", "metric", "value", "baseline_value", "difference"];
        TableWriter.Write(path, [.. names.Select((n, i) => new Column<string[]>(n, "", "", r => r[i]))], rows);
    }
}
