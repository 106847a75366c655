using System.Globalization;
using Rdsim.Reporting.Files;
using ScottPlot;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// <c>intensity_histogram</c>: R&amp;D performers by reported R&amp;D intensity in the last year, with and
/// without incentives, and the HNTE thresholds in force that year: bunching shows as spikes at the lines.
/// </summary>
public static class IntensityHistogramChart
{
    private const double BinWidth = 0.1;

    /// <summary>Draws the chart of <paramref name="run"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, RunData run)
    {
        var t = canvas.Text;
        var h = run.Histogram;
        var title = ChartCanvas.Title(string.Format(CultureInfo.InvariantCulture, t.Histogram, h.Year), run.Manifest.Scenario.Name);
        var plot = canvas.Plot(title, t.Intensity, t.Firms, yearAxis: false);
        Bars(plot, h.From, h.Counterfactual, Colors.Gray.WithAlpha(0.45), t.WithoutIncentives);
        Bars(plot, h.From, h.Scenario, ChartSeries.Color(0).WithAlpha(0.75), t.WithIncentives);
        var thresholds = run.Thresholds;
        for (var i = 0; i < thresholds.Count; i++)
        {
            var line = plot.Add.VerticalLine(thresholds[i], 2f, ChartSeries.Color(3));
            if (i == 0) line.LegendText = string.Format(CultureInfo.InvariantCulture, t.Threshold, string.Join("%, ", thresholds.Select(x => x.ToString("0.#", CultureInfo.InvariantCulture))));
        }
        plot.Axes.SetLimitsX(0, h.From[^1] + BinWidth);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Bottom);
        return canvas.Save(plot, "intensity_histogram", title,
            ChartTable.OfSeries("intensity_from", [.. h.From.Select(f => f.ToString("0.0", CultureInfo.InvariantCulture))],
                ("firms_with_incentives", h.Scenario), ("firms_without_incentives", h.Counterfactual)));
    }

    private static void Bars(Plot plot, double[] from, double[] firms, Color color, string label)
    {
        var bars = from.Select((f, i) => new Bar { Position = f + BinWidth / 2, Value = firms[i], Size = BinWidth, FillColor = color, LineWidth = 0 }).ToArray();
        plot.Add.Bars(bars).LegendText = label;
    }
}
