using Rdsim.Calibration.Results;
using Rdsim.Reporting.Charts;
using ScottPlot;

namespace Rdsim.Calibration.Output;

/// <summary>
/// The fit as a chart: for every target, the simulated mean ÷ target (a dot) and the 5–95% band across
/// replicates (a line), against 1 (the target) and the two tolerances the README judges fits by (shaded): ±10% (the
/// Ningbo fit's) and ±15% (the national trajectories'). A dot within ±10% is blue, within ±15% orange, else red. One row per target. Drawn in English
/// with the charts' font (<see cref="ChartFonts"/>), which <c>rdsim calibrate</c> checks before it starts, and saved as the
/// charts are (<see cref="ChartCanvas.SavePng"/>).
/// </summary>
public static class FitChart
{
    private const int Width = 900;

    /// <summary>The chart of <paramref name="rows"/>, titled <paramref name="title"/>.</summary>
    public static Plot Plot(IReadOnlyList<FitRow> rows, string title)
    {
        var plot = new Plot();
        plot.Font.Set(ChartFonts.Family(ChartLanguage.En));
        // The x axis is simulated ÷ target, so a tolerance is a range of x: a horizontal span (full height), the wider
        // one lighter and drawn first.
        foreach (var (tolerance, alpha) in new[] { (0.15, 0.08), (0.10, 0.15) })
        {
            var span = plot.Add.HorizontalSpan(1 - tolerance, 1 + tolerance);
            span.FillStyle.Color = Colors.Green.WithAlpha(alpha);
            span.LineStyle.Width = 0;
        }
        var one = plot.Add.VerticalLine(1);
        one.Color = Colors.Black;
        one.LinePattern = LinePattern.Dashed;

        var positions = new double[rows.Count];
        var labels = new string[rows.Count];
        var trajectories = rows.Select(r => r.Mapped.Target.Year).Distinct().Count() > 1;
        for (var i = 0; i < rows.Count; i++)
        {
            var y = rows.Count - 1 - i;
            var r = rows[i];
            positions[i] = y;
            labels[i] = trajectories ? $"{r.Mapped.Target.Metric} {r.Mapped.Target.Year}" : r.Mapped.Target.Metric;
            var band = plot.Add.Line(r.P5 / r.Target, y, r.P95 / r.Target, y);
            band.LineWidth = 3;
            band.Color = Colors.SteelBlue;
            var dot = plot.Add.Marker(r.Mean / r.Target, y);
            dot.Size = 10;
            dot.Color = r.Within(0.10) ? Colors.SteelBlue : r.Within(0.15) ? Colors.DarkOrange : Colors.Crimson;
        }
        plot.Axes.Left.SetTicks(positions, labels);
        var low = Math.Min(0.8, rows.Min(r => r.P5 / r.Target) - 0.05);
        var high = Math.Max(1.2, rows.Max(r => r.P95 / r.Target) + 0.05);
        plot.Axes.SetLimits(low, high, -0.7, rows.Count - 0.3);
        plot.Title(title);
        plot.XLabel("simulated ÷ target (5–95% across draws; shaded: ±10%, ±15%)");
        return plot;
    }

    /// <summary>Writes the chart to <paramref name="path"/> (a row of 45 pixels per target).</summary>
    /// <exception cref="MissingFontException">The charts' font is not installed.</exception>
    public static void Write(string path, IReadOnlyList<FitRow> rows, string title)
    {
        ChartFonts.Require(ChartLanguage.En);
        ChartCanvas.SavePng(Plot(rows, title), path, Width, 120 + 45 * rows.Count);
    }
}
