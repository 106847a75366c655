using Rdsim.Reporting.Data;
using ScottPlot;

namespace Rdsim.Reporting.Charts;

/// <summary>Draws a metric over years: its mean as a line, and its 5–95% band across replicates when there are several.</summary>
public static class ChartSeries
{
    /// <summary>The colour of series <paramref name="index"/> (Category10).</summary>
    public static Color Color(int index) => new ScottPlot.Palettes.Category10().GetColor(index);

    /// <summary>
    /// Adds <paramref name="band"/> to <paramref name="plot"/> labelled <paramref name="label"/>, against
    /// <paramref name="yAxis"/> (the left axis unless given), as the <paramref name="order"/>-th line drawn
    /// (<see cref="SeriesLook"/>: later lines narrower and dashed, so that none hides an equal one drawn before it).
    /// </summary>
    public static void Add(Plot plot, SeriesBand band, string label, Color color, int order, IYAxis? yAxis = null)
    {
        if (band.Replicates > 1)
        {
            var fill = plot.Add.FillY(band.Years, band.Low, band.High);
            fill.FillColor = color.WithAlpha(0.18);
            fill.LineWidth = 0;
            if (yAxis is not null) fill.Axes.YAxis = yAxis;
        }
        var line = plot.Add.Scatter(band.Years, band.Mean, color);
        line.LegendText = label;
        SeriesLook.Of(order).Apply(line);
        if (yAxis is not null) line.Axes.YAxis = yAxis;
    }

    /// <summary>
    /// Sets the y axis of a ratio chart (R&amp;D per yuan forgone): it runs from 0 (or below, for a negative
    /// value), so changes are not exaggerated, to above 1, and the break-even line at 1 is drawn and named.
    /// </summary>
    public static void RatioAxis(Plot plot, ChartText text)
    {
        plot.Axes.AutoScale();
        var limits = plot.Axes.GetLimits();
        var bottom = Math.Min(0, limits.Bottom);
        var top = Math.Max(1.2, limits.Top + 0.05 * (limits.Top - bottom));
        var line = plot.Add.HorizontalLine(1, 1.5f, Colors.Black.WithAlpha(0.6), LinePattern.Dashed);
        line.LegendText = text.BreakEven;
        plot.Axes.SetLimitsY(bottom, top);
    }

    /// <summary>Shows the legend below the data, in one row, and notes the band when there is one.</summary>
    public static void Legend(Plot plot, ChartText text, bool banded)
    {
        if (banded)
        {
            var note = plot.Add.FillY([double.NaN], [double.NaN], [double.NaN]);
            note.FillColor = Colors.Gray.WithAlpha(0.25);
            note.LegendText = text.Band;
        }
        plot.ShowLegend(Edge.Bottom);
    }
}
