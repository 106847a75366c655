using Rdsim.Reporting.Sweeps;

namespace Rdsim.Reporting.Charts;

/// <summary>Every chart of a sweep: heatmaps of induced R&amp;D, revenue forgone and bang for the buck, and the frontier.</summary>
public static class SweepCharts
{
    /// <summary>Draws the charts of <paramref name="points"/> into <paramref name="folder"/>.</summary>
    public static IReadOnlyList<ChartOutput> Draw(string folder, IReadOnlyList<SweepSummary> points, IReadOnlyList<string> parameters,
        string scenario, ChartLanguage language)
    {
        ChartFonts.Require(language);
        var canvas = new ChartCanvas(folder, language);
        var t = canvas.Text;
        return
        [
            SweepHeatmapChart.Draw(canvas, points, parameters, "cum_induced_real_rd", t.InducedRd, scenario, p => p.InducedRealRd),
            SweepHeatmapChart.Draw(canvas, points, parameters, "cum_revenue_forgone", t.Forgone, scenario, p => p.RevenueForgone),
            SweepHeatmapChart.Draw(canvas, points, parameters, "cum_bang_for_buck", t.BangForBuck, scenario, p => p.BangForBuck),
            FrontierChart.Draw(canvas, points, parameters, scenario),
        ];
    }
}
