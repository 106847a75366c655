using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Data;

/// <summary>One year of <c>intensity_histogram.csv</c>: firms per 0.1-point bin, mean over replicates, in both worlds.</summary>
/// <param name="Year">The year.</param>
/// <param name="From">Lower edge of each bin (percent).</param>
/// <param name="Scenario">Firms per bin in the scenario.</param>
/// <param name="Counterfactual">Firms per bin without incentives.</param>
public sealed record HistogramData(int Year, double[] From, double[] Scenario, double[] Counterfactual)
{
    /// <summary>The last year of <paramref name="table"/>.</summary>
    public static HistogramData LastYear(ResultTable<HistogramRow> table)
    {
        if (table.Count == 0) throw table.Invalid(new("the file has no rows: not a complete run", "文件中没有数据行：不是完整的运行结果"));
        var all = Enumerable.Range(0, table.Count).ToList();
        var last = (int)all.Max(r => table.Integer(HistogramTable.Year, r));
        var rows = all.Where(r => table.Integer(HistogramTable.Year, r) == last).ToList();
        double[] Mean(string world) => [.. rows.Where(r => table.Text(HistogramTable.World, r) == world)
            .GroupBy(r => table.Number(HistogramTable.IntensityFrom, r)).Select(g => g.Average(r => table.Number(HistogramTable.Firms, r)))];
        var edges = rows.Where(r => table.Text(HistogramTable.World, r) == "scenario").Select(r => table.Number(HistogramTable.IntensityFrom, r)).Distinct().ToArray();
        return new HistogramData(last, edges, Mean("scenario"), Mean("counterfactual"));
    }
}
