using Rdsim.Reporting.Data;
using ScottPlot;

namespace Rdsim.Reporting.Charts;

/// <summary>Draws a metric over years: its mean as a line, and its 5–95% band across replicates when there are several.</summary>
public static class ChartSeries
{
    /// <summary>The colour of series <paramref name="index"/> (Category10).</summary>
    public static Color Color(int index) => new ScottPlot.Palettes.Category10().GetColor(index);

    /// <summary>Adds <paramref name="band"/> to <paramref name="plot"/> labelled <paramref name="label"/>.</summary>
    public static void Add(Plot plot, SeriesBand band, string label, Color color)
    {
        if (band.Replicates > 1)
        {
            var fill = plot.Add.FillY(band.Years, band.Low, band.High);
            fill.FillColor = color.WithAlpha(0.18);
            fill.LineWidth = 0;
        }
        var line = plot.Add.Scatter(band.Years, band.Mean, color);
        line.LegendText = label;
        line.LineWidth = 2.5f;
        line.MarkerSize = 5;
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
