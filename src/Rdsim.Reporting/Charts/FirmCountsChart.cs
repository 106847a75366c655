using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// <c>hnte_and_claimants</c>: HNTE firms and super-deduction claimants each year. HNTE firms are far fewer, so
/// they have their own axis on the right, in their colour; both axes start at zero.
/// </summary>
public static class FirmCountsChart
{
    /// <summary>The chart's file name (without extension).</summary>
    public const string Name = "hnte_and_claimants";

    /// <summary>Draws the chart of <paramref name="run"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, RunResult run) => Draw(canvas, run.Years, run.Name);

    /// <summary>Draws the chart of <paramref name="years"/> of scenario <paramref name="scenario"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, YearsData years, string scenario)
    {
        var t = canvas.Text;
        var title = ChartCanvas.Title(t.FirmCounts, scenario);
        var plot = canvas.Plot(title, t.Year, t.Claimants);
        var (hnteColumn, claimantsColumn) = (YearsTable.Scenario(WorldColumns.HnteFirms), YearsTable.Scenario(WorldColumns.Claimants));
        var (hnte, claimants) = (years.Band(hnteColumn), years.Band(claimantsColumn));
        var (claimantsColor, hnteColor) = (ChartSeries.Color(1), ChartSeries.Color(2));
        ChartSeries.Add(plot, claimants, t.Claimants, claimantsColor, 0);
        ChartSeries.Add(plot, hnte, t.HnteFirms, hnteColor, 1, plot.Axes.Right);
        Colour(plot.Axes.Left, claimantsColor);
        Colour(plot.Axes.Right, hnteColor);
        plot.Axes.Right.Label.Text = t.HnteFirms;
        plot.Axes.Right.Label.FontSize = 14;
        plot.Axes.Right.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = ChartCanvas.Amount };
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = ChartCanvas.Amount };
        // Counts start at zero, so relative sizes read right; each axis has a tenth of head room above its highest value.
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(0, Top(claimants), plot.Axes.Left);
        plot.Axes.SetLimitsY(0, Top(hnte), plot.Axes.Right);
        ChartSeries.Legend(plot, t, hnte.Replicates > 1);
        return canvas.Save(plot, Name, title, ChartTable.OfBands((hnteColumn.Name, hnte), (claimantsColumn.Name, claimants)));
    }

    private static double Top(SeriesBand band) =>
        Math.Max(1, band.Mean.Concat(band.High).Where(double.IsFinite).DefaultIfEmpty(0).Max()) * 1.1;

    private static void Colour(IYAxis axis, Color color)
    {
        axis.Label.ForeColor = color;
        axis.TickLabelStyle.ForeColor = color;
    }
}
