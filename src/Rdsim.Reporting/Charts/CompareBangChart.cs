using System.Globalization;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// <c>compare_bang_for_buck</c>: cumulative bang for the buck of every compared scenario (named in the legend; a scenario that
/// forgoes no revenue has no line, and its legend entry says why).
/// </summary>
public static class CompareBangChart
{
    /// <summary>The chart's file name (without extension).</summary>
    public const string Name = "compare_bang_for_buck";

    /// <summary>Draws the overlay of <paramref name="runs"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, IReadOnlyList<RunResult> runs)
    {
        var t = canvas.Text;
        var title = ChartCanvas.Title(t.CompareBang, string.Format(CultureInfo.InvariantCulture, t.Scenarios, runs.Count, runs[0].Name));
        var plot = canvas.Plot(title, t.Year, t.BangAxis);
        var bands = runs.Select(r => (r.Name, Band: r.Years.Band(YearsTable.Cumulative(AdditionalityColumns.BangForBuck)))).ToList();
        for (var i = 0; i < bands.Count; i++)
        {
            var (name, band) = bands[i];
            ChartSeries.Add(plot, band, band.Mean.Any(double.IsFinite) ? name : t.WithAside(name, t.NoRevenueForgone), ChartSeries.Color(i), i);
        }
        ChartSeries.RatioAxis(plot, t);
        ChartSeries.Legend(plot, t, bands[0].Band.Replicates > 1);
        return canvas.Save(plot, Name, title, ChartTable.OfBands([.. bands]));
    }
}
