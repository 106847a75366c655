using System.Globalization;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// <c>intensity_histogram</c>: firms by annual reported R&amp;D intensity (R&amp;D ÷ the year's revenue, as tax data record it) in the last year, with and
/// without incentives, and the HNTE thresholds in force that year: bunching shows as spikes at the lines.
/// The last bin of <c>intensity_histogram.csv</c> is open (every firm at its lower edge or above, its
/// <c>intensity_to</c> empty): it is drawn apart, after a gap, shaded, its two worlds side by side as ordinary
/// bars with their counts written above them, and labelled "≥15%", so that it does not read as bunching at 15%.
/// The y axis fits every bar, the open bin's too: a bar cut at the top reads as a fault of the drawing, and its
/// height would no longer compare with the others'.
/// </summary>
public static class IntensityHistogramChart
{
    /// <summary>The chart's file name (without extension).</summary>
    public const string Name = "intensity_histogram";

    private const double BinWidth = 0.1;

    /// <summary>Space between the last closed bin and the open bin, in percentage points of the axis.</summary>
    private const double Gap = 0.5;

    /// <summary>Drawn width of the open bin (both worlds), in percentage points of the axis.</summary>
    private const double OpenWidth = 1.6;

    /// <summary>Head room above the tallest bar, for its count.</summary>
    private const double HeadRoom = 1.15;

    /// <summary>The tick label of the open bin whose lower edge is <paramref name="edge"/> percent.</summary>
    public static string OpenBinLabel(double edge) => $"≥{edge.ToString("0.#", CultureInfo.InvariantCulture)}%";

    /// <summary>Draws the chart of <paramref name="run"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, RunResult run) => Draw(canvas, run.LastHistogram, run.Thresholds, run.Name);

    /// <summary>
    /// Draws histogram <paramref name="h"/> of scenario <paramref name="scenario"/>, whose last bin is open, with
    /// the HNTE <paramref name="thresholds"/> (percent) in force that year.
    /// </summary>
    public static ChartOutput Draw(ChartCanvas canvas, HistogramData h, IReadOnlyList<double> thresholds, string scenario)
    {
        var t = canvas.Text;
        var title = ChartCanvas.Title(string.Format(CultureInfo.InvariantCulture, t.Histogram, h.Year), scenario);
        var plot = canvas.Plot(title, t.Intensity, t.Firms, yearAxis: false);
        var font = ChartFonts.Family(canvas.Language);
        var closed = h.From.Length - 1;
        var edge = h.From[^1];
        var (withoutColor, withColor) = (Colors.Gray.WithAlpha(0.45), ChartSeries.Color(0).WithAlpha(0.75));
        Bars(plot, h.From[..closed], h.Counterfactual[..closed], withoutColor, t.WithoutIncentives);
        Bars(plot, h.From[..closed], h.Scenario[..closed], withColor, t.WithIncentives);

        var top = Math.Max(1, h.Scenario.Concat(h.Counterfactual).DefaultIfEmpty(0).Max()) * HeadRoom;

        // The open bin: shaded, apart from the 0.1-point bins, each world a half, its count written above it.
        var (openLeft, openRight) = (edge + Gap, edge + Gap + OpenWidth);
        var shade = plot.Add.HorizontalSpan(openLeft - 0.15, openRight + 0.15, Colors.Gray.WithAlpha(0.2));
        shade.LineWidth = 0;
        shade.LegendText = string.Format(CultureInfo.InvariantCulture, t.OpenBin, edge.ToString("0.#", CultureInfo.InvariantCulture));
        var middle = (openLeft + openRight) / 2;
        foreach (var (value, color, position) in new[] { (h.Counterfactual[^1], withoutColor, (openLeft + middle) / 2), (h.Scenario[^1], withColor, (middle + openRight) / 2) })
        {
            plot.Add.Bars(new[] { new Bar { Position = position, Value = value, Size = OpenWidth / 2, FillColor = color, LineWidth = 1, LineColor = Colors.Black.WithAlpha(0.6) } });
            var count = plot.Add.Text(ChartCanvas.Amount(Math.Round(value)), position, value);
            count.LabelFontName = font;
            count.LabelFontSize = 12;
            count.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
            count.Alignment = Alignment.LowerCenter;
            count.OffsetY = -3;
        }

        for (var i = 0; i < thresholds.Count; i++)
        {
            var line = plot.Add.VerticalLine(thresholds[i], 2f, ChartSeries.Color(3));
            plot.MoveToBack(line);   // behind the bars, so that a spike at a threshold is not hidden by its line
            if (i == 0) line.LegendText = string.Format(CultureInfo.InvariantCulture, t.Threshold, string.Join("%, ", thresholds.Select(x => x.ToString("0.#", CultureInfo.InvariantCulture))));
        }

        var ticks = new NumericManual();
        for (var x = 0; x <= edge + 1e-9; x++) ticks.AddMajor(x, x.ToString(CultureInfo.InvariantCulture));
        for (var x = 0.5; x < edge; x++) ticks.AddMinor(x);
        ticks.AddMajor(middle, OpenBinLabel(edge));
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimits(0, openRight + 0.3, 0, top);
        plot.ShowLegend(Edge.Bottom);
        return canvas.Save(plot, Name, title, new ChartTable(
            ["intensity_from", "intensity_to", "firms_with_incentives", "firms_without_incentives"],
            [.. h.From.Select((f, i) => (IReadOnlyList<string>)[Percent(f), i < closed ? Percent(f + BinWidth) : "",
                CsvText.Number(h.Scenario[i]), CsvText.Number(h.Counterfactual[i])])]));
    }

    private static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static void Bars(Plot plot, double[] from, double[] firms, Color color, string label)
    {
        var bars = from.Select((f, i) => new Bar { Position = f + BinWidth / 2, Value = firms[i], Size = BinWidth, FillColor = color, LineWidth = 0 }).ToArray();
        plot.Add.Bars(bars).LegendText = label;
    }
}
