using Rdsim.Calibration.Results;
using Rdsim.Reporting.Tables;

namespace Rdsim.Calibration.Output;

/// <summary>
/// <c>fit.csv</c>: one row per fitted target — <c>target_metric, rdsim_metric, year, unit, target, simulated_mean, p5, p95,
/// relative_error, within_10pct</c> — then one row per ignored target with its reason (<c>note</c>); numbers rounded to 6
/// decimals (the relative error to 4). Written by the shared <see cref="TableWriter"/>.
/// </summary>
public static class FitTable
{
    /// <summary>The columns, in file order.</summary>
    public static IReadOnlyList<Column<FitTableRow>> Columns { get; } =
    [
        Column<FitTableRow>.Text("target_metric", "text", "The target's name in the targets file", r => r.Target.Metric),
        Column<FitTableRow>.Text("rdsim_metric", "text", "The rdsim metric it is compared with (empty when not fitted)", r => r.Metric),
        Column<FitTableRow>.Integer("year", "year", "The year of the target", r => r.Target.Year),
        Column<FitTableRow>.Text("unit", "text", "The target's unit", r => r.Target.Unit),
        Column<FitTableRow>.Number("target", "", "The published value", r => Round(r.Target.Value)),
        Column<FitTableRow>.Number("simulated_mean", "", "Mean across replicates", r => Round(r.Mean)),
        Column<FitTableRow>.Number("p5", "", "5th percentile across replicates", r => Round(r.P5)),
        Column<FitTableRow>.Number("p95", "", "95th percentile across replicates", r => Round(r.P95)),
        Column<FitTableRow>.Number("relative_error", "fraction", "Mean ÷ target − 1", r => Round(Math.Round(r.RelativeError, 4))),
        Column<FitTableRow>.Text("within_10pct", "", "Whether the mean is within ±10% of the target", r => r.Within),
        Column<FitTableRow>.Text("note", "", "Why a target is not fitted, or that it is an upper bound (penalised only above it)", r => r.Note),
    ];

    /// <summary>The rows of <paramref name="result"/>: its fitted targets, then those it did not fit.</summary>
    public static IEnumerable<FitTableRow> Rows(CalibrationResult result) =>
        result.Rows.Select(r => new FitTableRow(r.Mapped.Target, r.Mapped.Metric.Name, r.Mean, r.P5, r.P95, r.RelativeError, r.Within(0.10) ? "true" : "false",
                r.Mapped.IsUpperBound ? "upper bound: the metric may not exceed it" : ""))
            .Concat(result.Ignored.Select(i => new FitTableRow(i.Target, "", double.NaN, double.NaN, double.NaN, double.NaN, "", "not fitted: " + i.Reason.En)));

    /// <summary>Writes the table of <paramref name="result"/> to <paramref name="path"/>, atomically.</summary>
    public static void Write(string path, CalibrationResult result) => TableWriter.Write(path, Columns, Rows(result));

    private static double Round(double value) => Math.Round(value, 6);
}
