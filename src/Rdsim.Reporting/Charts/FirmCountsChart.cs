using Rdsim.Reporting.Files;

namespace Rdsim.Reporting.Charts;

/// <summary><c>hnte_and_claimants</c>: HNTE firms and super-deduction claimants each year.</summary>
public static class FirmCountsChart
{
    /// <summary>Draws the chart of <paramref name="run"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, RunData run)
    {
        var t = canvas.Text;
        var title = ChartCanvas.Title(t.FirmCounts, run.Manifest.Scenario.Name);
        var plot = canvas.Plot(title, t.Year, t.Firms);
        var (hnte, claimants) = (run.Years.Band("hnte_firms"), run.Years.Band("claimants"));
        ChartSeries.Add(plot, claimants, t.Claimants, ChartSeries.Color(1));
        ChartSeries.Add(plot, hnte, t.HnteFirms, ChartSeries.Color(2));
        // Counts start at zero, so a small series is not drawn on the axis and relative sizes read right.
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(0, plot.Axes.GetLimits().Top);
        ChartSeries.Legend(plot, t, hnte.Replicates > 1);
        return canvas.Save(plot, "hnte_and_claimants", title, ChartTable.OfBands(("hnte_firms", hnte), ("claimants", claimants)));
    }
}
