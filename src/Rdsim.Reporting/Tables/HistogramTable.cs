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
    /// <summary><c>replicate</c>: the replicate (0-based).</summary>
    public static readonly Column<HistogramRow> Replicate = Column<HistogramRow>.Integer("replicate", "index", "Replicate (0-based)", r => r.Replicate);

    /// <summary><c>year</c>: the calendar year.</summary>
    public static readonly Column<HistogramRow> Year = Column<HistogramRow>.Integer("year", "year", "Calendar year", r => r.Year);

    /// <summary><c>world</c>: <c>scenario</c> or <c>counterfactual</c>.</summary>
    public static readonly Column<HistogramRow> World = Column<HistogramRow>.Text("world", "text", "scenario, or counterfactual", r => r.World);

    /// <summary><c>intensity_from</c>: the bin's lower edge (percent).</summary>
    public static readonly Column<HistogramRow> IntensityFrom = Column<HistogramRow>.Number("intensity_from", "percent",
        "Lower edge of the bin (included); a firm exactly at a threshold counts in the bin that starts there", r => Math.Round(IntensityHistogram.LowerEdge(r.Bin) * 100, 1));

    /// <summary><c>firms</c>: firms whose annual intensity falls in the bin.</summary>
    public static readonly Column<HistogramRow> Firms = Column<HistogramRow>.Integer("firms", "firms",
        "Firms with reported R&D whose annual intensity (reported R&D ÷ the year's revenue, as tax data record it) falls in the bin", r => r.Firms(HistogramKind.AnnualAll));

    /// <summary>The columns, in file order.</summary>
    public static IReadOnlyList<Column<HistogramRow>> Columns { get; } =
    [
        Column<HistogramRow>.Text("scenario", "text", "Scenario name", r => r.Scenario),
        Replicate,
        Year,
        World,
        IntensityFrom,
        Column<HistogramRow>.Number("intensity_to", "percent", "Upper edge of the bin (excluded); empty for the last, open bin",
            r => r.Bin < IntensityHistogram.Bins ? Math.Round(IntensityHistogram.LowerEdge(r.Bin + 1) * 100, 1) : double.NaN),
        Firms,
        Column<HistogramRow>.Integer("hnte_firms", "firms", "HNTE firms whose annual intensity falls in the bin", r => r.Firms(HistogramKind.AnnualHnte)),
        Column<HistogramRow>.Integer("firms_window", "firms", "Firms with reported R&D whose 3-year window intensity (what the HNTE test measures) falls in the bin",
            r => r.Firms(HistogramKind.WindowAll)),
        Column<HistogramRow>.Integer("hnte_firms_window", "firms", "HNTE firms whose 3-year window intensity falls in the bin", r => r.Firms(HistogramKind.WindowHnte)),
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
