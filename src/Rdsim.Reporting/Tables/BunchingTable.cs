using Rdsim.Engine;
using Rdsim.Model.Aggregation;

namespace Rdsim.Reporting.Tables;

/// <summary>
/// <c>bunching.csv</c>: for each HNTE threshold in force, each replicate and year, and each intensity measure (annual, as
/// tax data record it, and the 3-year window the test uses), the excess mass in the threshold's bin and the missing mass
/// below it, against the no-incentive counterfactual's histogram on the same firms.
/// </summary>
public static class BunchingTable
{
    /// <summary>The intensity measures bunching is reported for, with their names in the file.</summary>
    public static IReadOnlyList<(HistogramKind Kind, string Name)> Measures { get; } = [(HistogramKind.AnnualAll, "annual"), (HistogramKind.WindowAll, "window")];

    /// <summary><c>replicate</c>: the replicate (0-based).</summary>
    public static readonly Column<BunchingRow> Replicate = Column<BunchingRow>.Integer("replicate", "index", "Replicate (0-based)", r => r.Replicate);

    /// <summary><c>year</c>: the calendar year.</summary>
    public static readonly Column<BunchingRow> Year = Column<BunchingRow>.Integer("year", "year", "Calendar year", r => r.Year);

    /// <summary><c>measure</c>: the intensity counted (<c>annual</c> or <c>window</c>).</summary>
    public static readonly Column<BunchingRow> Measure = Column<BunchingRow>.Text("measure", "text",
        "annual: reported R&D ÷ the year's revenue (what tax data record); window: the 3-year intensity the HNTE test uses", r => Name(r.Measure));

    /// <summary><c>threshold</c>: an HNTE threshold in force (percent, rounded to 4 decimals).</summary>
    public static readonly Column<BunchingRow> Threshold = Column<BunchingRow>.Number("threshold", "percent",
        "An HNTE intensity threshold in force this year (one row per distinct threshold of the revenue bands)", r => Math.Round(r.Threshold * 100, 4));

    /// <summary>The columns, in file order.</summary>
    public static IReadOnlyList<Column<BunchingRow>> Columns { get; } =
    [
        Column<BunchingRow>.Text("scenario", "text", "Scenario name", r => r.Scenario),
        Replicate,
        Year,
        Measure,
        Threshold,
        Column<BunchingRow>.Integer("firms_at", "firms", "Firms with reported R&D in the threshold's 0.1-point bin, with the incentives", r => r.Mass.At),
        Column<BunchingRow>.Integer("cf_firms_at", "firms", "The same without the incentives (the counterfactual density)", r => r.Mass.CounterfactualAt),
        Column<BunchingRow>.Integer("excess_firms", "firms", "Excess mass: firms_at minus cf_firms_at", r => r.Mass.Excess),
        Column<BunchingRow>.Number("excess_ratio", "ratio", "Excess mass over the counterfactual count in the bin", r => r.Mass.ExcessRatio),
        Column<BunchingRow>.Number("below_from", "percent", "Lower edge of the window below the threshold (one percentage point; other thresholds' bins left out)",
            r => Math.Round(r.Mass.BelowFrom * 100, 4)),
        Column<BunchingRow>.Integer("firms_below", "firms", "Firms in the window below the threshold, with the incentives", r => r.Mass.Below),
        Column<BunchingRow>.Integer("cf_firms_below", "firms", "The same without the incentives", r => r.Mass.CounterfactualBelow),
        Column<BunchingRow>.Integer("missing_firms", "firms", "Missing mass below: cf_firms_below minus firms_below", r => r.Mass.Missing),
        Column<BunchingRow>.Number("missing_ratio", "ratio", "Missing mass over the counterfactual count in the window", r => r.Mass.MissingRatio),
    ];

    /// <summary>
    /// The thresholds (percent) the table records for <paramref name="year"/>, ascending: those in force that year (none when
    /// the HNTE regime is off), as the first replicate's annual rows list them.
    /// </summary>
    public static IReadOnlyList<double> ThresholdsIn(ResultTable<BunchingRow> table, int year) =>
        [.. Enumerable.Range(0, table.Count)
            .Where(i => table.Integer(Year, i) == year && table.Integer(Replicate, i) == table.Integer(Replicate, 0) && table.Text(Measure, i) == Measures[0].Name)
            .Select(i => table.Number(Threshold, i))];

    /// <summary>The rows of a result, given the thresholds in force in each year.</summary>
    public static IEnumerable<BunchingRow> Rows(string scenario, SimulationResult result, Func<int, IReadOnlyList<double>> thresholdsIn)
    {
        foreach (var replicate in result.Replicates)
        {
            foreach (var year in replicate.Years)
            {
                var thresholds = thresholdsIn(year.Year);
                foreach (var (kind, _) in Measures)
                {
                    foreach (var threshold in thresholds)
                    {
                        yield return new BunchingRow(scenario, replicate.Replicate, year.Year, kind, threshold,
                            BunchingMass.Of(year.Scenario, year.Counterfactual, kind, threshold, thresholds));
                    }
                }
            }
        }
    }

    private static string Name(HistogramKind kind) => Measures.First(m => m.Kind == kind).Name;
}
