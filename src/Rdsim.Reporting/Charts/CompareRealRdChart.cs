using System.Globalization;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;
using ScottPlot;

namespace Rdsim.Reporting.Charts;

/// <summary><c>compare_real_rd</c>: real R&amp;D of every compared scenario, and of the first without incentives (the legend names them).</summary>
public static class CompareRealRdChart
{
    /// <summary>The chart's file name (without extension).</summary>
    public const string Name = "compare_real_rd";

    /// <summary>Draws the overlay of <paramref name="runs"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, IReadOnlyList<RunResult> runs)
    {
        var t = canvas.Text;
        var title = ChartCanvas.Title(t.CompareRealRd, string.Format(CultureInfo.InvariantCulture, t.Scenarios, runs.Count, runs[0].Name));
        var plot = canvas.Plot(title, t.Year, t.Money);
        var bands = runs.Select(r => (r.Name, Band: r.Years.Band(YearsTable.Scenario(WorldColumns.RealRd)))).ToList();
        for (var i = 0; i < bands.Count; i++) ChartSeries.Add(plot, bands[i].Band, bands[i].Name, ChartSeries.Color(i), i);
        var without = runs[0].Years.Band(YearsTable.Counterfactual(WorldColumns.RealRd));
        ChartSeries.Add(plot, without, $"{t.RealRdWithout} ({runs[0].Name})", Colors.Gray, bands.Count);
        ChartSeries.Legend(plot, t, without.Replicates > 1);
        return canvas.Save(plot, Name, title, ChartTable.OfBands([.. bands, ("no_incentives", without)]));
    }
}
