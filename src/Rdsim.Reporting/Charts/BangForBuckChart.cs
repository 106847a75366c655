using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Charts;

/// <summary><c>bang_for_buck</c>: induced real R&amp;D per yuan of revenue forgone, each year and cumulatively.</summary>
public static class BangForBuckChart
{
    /// <summary>The chart's file name (without extension).</summary>
    public const string Name = "bang_for_buck";

    /// <summary>Draws the chart of <paramref name="run"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, RunResult run)
    {
        var t = canvas.Text;
        var title = ChartCanvas.Title(t.BangForBuck, run.Name);
        var plot = canvas.Plot(title, t.Year, t.BangAxis);
        var (yearlyColumn, cumulativeColumn) = (YearsTable.ThisYear(AdditionalityColumns.BangForBuck), YearsTable.Cumulative(AdditionalityColumns.BangForBuck));
        var (yearly, cumulative) = (run.Years.Band(yearlyColumn), run.Years.Band(cumulativeColumn));
        ChartSeries.Add(plot, yearly, t.ThisYear, ChartSeries.Color(0), 0);
        ChartSeries.Add(plot, cumulative, t.Cumulative, ChartSeries.Color(3), 1);
        ChartSeries.RatioAxis(plot, t);
        ChartSeries.Legend(plot, t, yearly.Replicates > 1);
        return canvas.Save(plot, Name, title, ChartTable.OfBands((yearlyColumn.Name, yearly), (cumulativeColumn.Name, cumulative)));
    }
}
