using Rdsim.Reporting.Files;
using ScottPlot;

namespace Rdsim.Reporting.Charts;

/// <summary><c>rd_over_time</c>: real and reported R&amp;D against real R&amp;D without incentives.</summary>
public static class RdOverTimeChart
{
    /// <summary>The chart's file name (without extension).</summary>
    public const string Name = "rd_over_time";

    /// <summary>Draws the chart of <paramref name="run"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, RunData run)
    {
        var t = canvas.Text;
        var title = ChartCanvas.Title(t.RdOverTime, run.Manifest.Scenario.Name);
        var plot = canvas.Plot(title, t.Year, t.Money);
        var (real, reported, without) = (run.Years.Band("real_rd"), run.Years.Band("reported_rd"), run.Years.Band("cf_real_rd"));
        ChartSeries.Add(plot, reported, t.ReportedRd, ChartSeries.Color(1));
        ChartSeries.Add(plot, real, t.RealRd, ChartSeries.Color(0));
        ChartSeries.Add(plot, without, t.RealRdWithout, Colors.Gray);
        ChartSeries.Legend(plot, t, real.Replicates > 1);
        return canvas.Save(plot, Name, title, ChartTable.OfBands(("real_rd", real), ("reported_rd", reported), ("cf_real_rd", without)));
    }
}
