using System.Globalization;
using System.Text;
using Rdsim.Calibration.Results;
using Rdsim.Scenarios.IO;

namespace Rdsim.Calibration.Output;

/// <summary>
/// The fit table as CSV: one row per fitted target — <c>target_metric, rdsim_metric, year, unit, target,
/// simulated_mean, p5, p95, relative_error, within_10pct</c> — then one row per ignored target with its reason.
/// </summary>
public static class FitTableCsv
{
    /// <summary>The header.</summary>
    public const string Header = "target_metric,rdsim_metric,year,unit,target,simulated_mean,p5,p95,relative_error,within_10pct,note";

    /// <summary>The CSV text of <paramref name="result"/>.</summary>
    public static string Text(CalibrationResult result)
    {
        var csv = new StringBuilder().Append(Header).Append('\n');
        foreach (var r in result.Rows)
        {
            var t = r.Mapped.Target;
            csv.Append(string.Join(',', Quote(t.Metric), Quote(r.Mapped.Metric.Name), Number(t.Year), Quote(t.Unit), Number(t.Value),
                Number(r.Mean), Number(r.P5), Number(r.P95), Number(Math.Round(r.RelativeError, 4)), r.Within(0.10) ? "true" : "false", "")).Append('\n');
        }
        foreach (var i in result.Ignored)
        {
            var t = i.Target;
            csv.Append(string.Join(',', Quote(t.Metric), "", Number(t.Year), Quote(t.Unit), Number(t.Value), "", "", "", "", "",
                Quote("not fitted: " + i.Reason))).Append('\n');
        }
        return csv.ToString();
    }

    /// <summary>Writes the table to <paramref name="path"/> (UTF-8, written under a temporary name and renamed).</summary>
    public static void Write(string path, CalibrationResult result) => AtomicFile.WriteText(path, Text(result));

    private static string Number(double value) => Math.Round(value, 6).ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
