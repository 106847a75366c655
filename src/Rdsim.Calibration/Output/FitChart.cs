using Rdsim.Calibration.Results;
using Rdsim.Scenarios.IO;
using ScottPlot;

namespace Rdsim.Calibration.Output;

/// <summary>
/// The fit as a chart: for every target, the simulated mean ÷ target (a dot) and the 5–95% band across
/// replicates (a line), against 1 (the target) and the ±10% tolerance (shaded). One row per target.
/// </summary>
public static class FitChart
{
    /// <summary>The font every text is drawn with (fonts-dejavu-core on Debian; installed by .ci/run).</summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>Renders the chart of <paramref name="rows"/> as PNG bytes.</summary>
    public static byte[] Png(IReadOnlyList<FitRow> rows, string title, int width = 900, int height = 0)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        // The x axis is simulated ÷ target, so the ±10% band is a range of x: a horizontal span (full height).
        var span = plot.Add.HorizontalSpan(0.9, 1.1);
        span.FillStyle.Color = Colors.Green.WithAlpha(0.15);
        span.LineStyle.Width = 0;
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
            dot.Color = r.Within(0.10) ? Colors.SteelBlue : Colors.Crimson;
        }
        plot.Axes.Left.SetTicks(positions, labels);
        var low = Math.Min(0.8, rows.Min(r => r.P5 / r.Target) - 0.05);
        var high = Math.Max(1.2, rows.Max(r => r.P95 / r.Target) + 0.05);
        plot.Axes.SetLimits(low, high, -0.7, rows.Count - 0.3);
        plot.Title(title);
        plot.XLabel("simulated ÷ target (line: 5–95% across draws; shaded: ±10%)");
        return plot.GetImageBytes(width, height > 0 ? height : 120 + 45 * rows.Count, ImageFormat.Png);
    }

    /// <summary>Writes the chart to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<FitRow> rows, string title)
    {
        var png = Png(rows, title);
        AtomicFile.Write(path, stream => stream.Write(png));
    }
}
