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

    /// <summary>The columns, in file order.</summary>
    public static IReadOnlyList<Column<BunchingRow>> Columns { get; } =
    [
        new("scenario", "text", "Scenario name", r => r.Scenario),
        new("replicate", "index", "Replicate (0-based)", r => CsvText.Integer(r.Replicate)),
        new("year", "year", "Calendar year", r => CsvText.Integer(r.Year)),
        new("measure", "text", "annual: reported R&D ÷ the year's revenue (what tax data record); window: the 3-year intensity the HNTE test uses", r => Name(r.Measure)),
        new("threshold", "percent", "An HNTE intensity threshold in force this year (one row per distinct threshold of the revenue bands)", r => CsvText.Number(Math.Round(r.Threshold * 100, 4))),
        new("firms_at", "firms", "Firms with reported R&D in the threshold's 0.1-point bin, with the incentives", r => CsvText.Integer(r.Mass.At)),
        new("cf_firms_at", "firms", "The same without the incentives (the counterfactual density)", r => CsvText.Integer(r.Mass.CounterfactualAt)),
        new("excess_firms", "firms", "Excess mass: firms_at minus cf_firms_at", r => CsvText.Integer(r.Mass.Excess)),
        new("excess_ratio", "ratio", "Excess mass over the counterfactual count in the bin", r => CsvText.Number(r.Mass.ExcessRatio)),
        new("below_from", "percent", "Lower edge of the window below the threshold (one percentage point; other thresholds' bins left out)",
            r => CsvText.Number(Math.Round(r.Mass.BelowFrom * 100, 4))),
        new("firms_below", "firms", "Firms in the window below the threshold, with the incentives", r => CsvText.Integer(r.Mass.Below)),
        new("cf_firms_below", "firms", "The same without the incentives", r => CsvText.Integer(r.Mass.CounterfactualBelow)),
        new("missing_firms", "firms", "Missing mass below: cf_firms_below minus firms_below", r => CsvText.Integer(r.Mass.Missing)),
        new("missing_ratio", "ratio", "Missing mass over the counterfactual count in the window", r => CsvText.Number(r.Mass.MissingRatio)),
    ];

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
