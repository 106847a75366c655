using Rdsim.Engine;
using Rdsim.Model.Aggregation;

namespace Rdsim.Reporting.Tables;

/// <summary>
/// <c>intensity_histogram.csv</c>: firms with reported R&amp;D by reported R&amp;D intensity in 0.1-point bins from 0 to
/// 15%, by annual intensity (as tax data record it) and by the HNTE test's 3-year window, for all firms and for HNTEs:
/// where bunching at the HNTE thresholds shows.
/// </summary>
public static class HistogramTable
{
    /// <summary>The columns, in file order.</summary>
    public static IReadOnlyList<Column<HistogramRow>> Columns { get; } =
    [
        new("scenario", "text", "Scenario name", r => r.Scenario),
        new("replicate", "index", "Replicate (0-based)", r => CsvText.Integer(r.Replicate)),
        new("year", "year", "Calendar year", r => CsvText.Integer(r.Year)),
        new("world", "text", "scenario, or counterfactual", r => r.World),
        new("intensity_from", "percent", "Lower edge of the bin (included); a firm exactly at a threshold counts in the bin that starts there",
            r => CsvText.Number(Math.Round(IntensityHistogram.LowerEdge(r.Bin) * 100, 1))),
        new("intensity_to", "percent", "Upper edge of the bin (excluded); empty for the last, open bin",
            r => r.Bin < IntensityHistogram.Bins ? CsvText.Number(Math.Round(IntensityHistogram.LowerEdge(r.Bin + 1) * 100, 1)) : ""),
        new("firms", "firms", "Firms with reported R&D whose annual intensity (reported R&D ÷ the year's revenue, as tax data record it) falls in the bin",
            r => CsvText.Integer(r.Firms(HistogramKind.AnnualAll))),
        new("hnte_firms", "firms", "HNTE firms whose annual intensity falls in the bin", r => CsvText.Integer(r.Firms(HistogramKind.AnnualHnte))),
        new("firms_window", "firms", "Firms with reported R&D whose 3-year window intensity (what the HNTE test measures) falls in the bin",
            r => CsvText.Integer(r.Firms(HistogramKind.WindowAll))),
        new("hnte_firms_window", "firms", "HNTE firms whose 3-year window intensity falls in the bin", r => CsvText.Integer(r.Firms(HistogramKind.WindowHnte))),
    ];

    /// <summary>The rows of a result.</summary>
    public static IEnumerable<HistogramRow> Rows(string scenario, SimulationResult result)
    {
        foreach (var replicate in result.Replicates)
        {
            foreach (var year in replicate.Years)
            {
                foreach (var (world, breakdown) in new[] { ("scenario", year.Scenario), ("counterfactual", year.Counterfactual) })
                {
                    for (var bin = 0; bin < IntensityHistogram.Slots; bin++)
                    {
                        yield return new HistogramRow(scenario, replicate.Replicate, year.Year, world, bin, breakdown);
                    }
                }
            }
        }
    }
}
