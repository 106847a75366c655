using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;
using ScottPlot;

namespace Rdsim.Reporting.Charts;

/// <summary><c>rd_over_time</c>: real and reported R&amp;D against real R&amp;D without incentives.</summary>
public static class RdOverTimeChart
{
    /// <summary>The chart's file name (without extension).</summary>
    public const string Name = "rd_over_time";

    /// <summary>Draws the chart of <paramref name="run"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, RunResult run)
    {
        var t = canvas.Text;
        var title = ChartCanvas.Title(t.RdOverTime, run.Name);
        var plot = canvas.Plot(title, t.Year, t.Money);
        var (realColumn, reportedColumn, withoutColumn) =
            (YearsTable.Scenario(WorldColumns.RealRd), YearsTable.Scenario(WorldColumns.ReportedRd), YearsTable.Counterfactual(WorldColumns.RealRd));
        var (real, reported, without) = (run.Years.Band(realColumn), run.Years.Band(reportedColumn), run.Years.Band(withoutColumn));
        ChartSeries.Add(plot, reported, t.ReportedRd, ChartSeries.Color(1), 0);
        ChartSeries.Add(plot, real, t.RealRd, ChartSeries.Color(0), 1);
        ChartSeries.Add(plot, without, t.RealRdWithout, Colors.Gray, 2);
        ChartSeries.Legend(plot, t, real.Replicates > 1);
        return canvas.Save(plot, Name, title, ChartTable.OfBands((realColumn.Name, real), (reportedColumn.Name, reported), (withoutColumn.Name, without)));
    }
}
