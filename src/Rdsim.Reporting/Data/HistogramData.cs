namespace Rdsim.Reporting.Data;

/// <summary>One year of <c>intensity_histogram.csv</c>: firms per 0.1-point bin, mean over replicates, in both worlds.</summary>
/// <param name="Year">The year.</param>
/// <param name="From">Lower edge of each bin (percent).</param>
/// <param name="Scenario">Firms per bin in the scenario.</param>
/// <param name="Counterfactual">Firms per bin without incentives.</param>
public sealed record HistogramData(int Year, double[] From, double[] Scenario, double[] Counterfactual)
{
    /// <summary>The last year of the file.</summary>
    public static HistogramData ReadLastYear(string path)
    {
        var table = CsvTable.Read(path);
        var (year, world, from, firms) = (table.Column("year"), table.Column("world"), table.Column("intensity_from"), table.Column("firms"));
        if (table.Rows.Count == 0) throw table.Invalid("the file has no rows: not a complete run");
        var last = table.Rows.Max(r => table.Integer(r, year));
        var rows = table.Rows.Where(r => r[year] == last.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        double[] Mean(string w) => [.. rows.Where(r => r[world] == w).GroupBy(r => r[from], StringComparer.Ordinal)
            .Select(g => g.Average(r => CsvTable.Number(r[firms])))];
        var edges = rows.Where(r => r[world] == "scenario").Select(r => r[from]).Distinct().Select(CsvTable.Number).ToArray();
        return new HistogramData(last, edges, Mean("scenario"), Mean("counterfactual"));
    }
}
