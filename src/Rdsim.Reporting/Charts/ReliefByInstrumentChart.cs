using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;
using ScottPlot;

namespace Rdsim.Reporting.Charts;

/// <summary><c>relief_by_instrument</c>: relief each year, stacked by instrument (mean over replicates).</summary>
public static class ReliefByInstrumentChart
{
    /// <summary>The chart's file name (without extension).</summary>
    public const string Name = "relief_by_instrument";

    /// <summary>Draws the chart of <paramref name="run"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, RunResult run)
    {
        var t = canvas.Text;
        var title = ChartCanvas.Title(t.Relief, run.Name);
        var plot = canvas.Plot(title, t.Year, t.Money);
        canvas.MoneyAxis(plot.Axes.Left);
        var series = new (Column<YearRow> Column, string Label)[]
        {
            (YearsTable.Scenario(WorldColumns.ReliefSuperDeduction), t.ReliefSuperDeduction), (YearsTable.Scenario(WorldColumns.ReliefHnte), t.ReliefHnte),
            (YearsTable.Scenario(WorldColumns.ReliefCredit), t.ReliefCredit),
        };
        var years = run.Years.Band(series[0].Column).Years;
        var below = new double[years.Length];
        var means = new List<(string, double[])>();
        for (var s = 0; s < series.Length; s++)
        {
            var mean = run.Years.Band(series[s].Column).Mean;
            means.Add((series[s].Column.Name, mean));
            var bars = years.Select((year, i) => new Bar
            {
                Position = year, ValueBase = below[i], Value = below[i] + mean[i], Size = 0.8,
                FillColor = ChartSeries.Color(s), LineWidth = 0,
            }).ToArray();
            plot.Add.Bars(bars).LegendText = series[s].Label;
            for (var i = 0; i < below.Length; i++) below[i] += mean[i];
        }
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsX(years[0] - 0.6, years[^1] + 0.6);
        plot.ShowLegend(Edge.Bottom);
        return canvas.Save(plot, Name, title,
            ChartTable.OfSeries("year", [.. years.Select(ChartTable.Year)], [.. means]));
    }
}
