using Rdsim.Reporting.Sweeps;

namespace Rdsim.Reporting.Charts;

/// <summary>Every chart of a sweep: heatmaps of induced R&amp;D, revenue forgone and bang for the buck, and the frontier.</summary>
public static class SweepCharts
{
    /// <summary>The outcomes drawn as heatmaps (<c>heatmap_NAME</c>), each a <c>sweep.csv</c> column.</summary>
    private static readonly string[] Heatmaps = ["cum_induced_real_rd", "cum_revenue_forgone", "cum_bang_for_buck"];

    /// <summary>Every file the charts of a sweep are written to, relative to the sweep folder.</summary>
    public static IReadOnlyList<string> Files { get; } = ChartOutput.Files(RunCharts.Folder, [.. Heatmaps.Select(h => "heatmap_" + h), FrontierChart.Name]);

    /// <summary>Draws the charts of <paramref name="points"/> into <paramref name="folder"/>, their CSV files with a byte-order mark when <paramref name="csvByteOrderMark"/>.</summary>
    public static IReadOnlyList<ChartOutput> Draw(string folder, IReadOnlyList<SweepSummary> points, IReadOnlyList<string> parameters,
        string scenario, ChartLanguage language, MoneyUnit unit, bool csvByteOrderMark = false)
    {
        ChartFonts.Require(language);
        var canvas = new ChartCanvas(folder, language, unit) { CsvByteOrderMark = csvByteOrderMark };
        var t = canvas.Text;
        return
        [
            SweepHeatmapChart.Draw(canvas, points, parameters, Heatmaps[0], t.InducedRd, t.InducedRd, scenario, p => p.InducedRealRd, unit.Of),
            SweepHeatmapChart.Draw(canvas, points, parameters, Heatmaps[1], t.Forgone, t.Forgone, scenario, p => p.RevenueForgone, unit.Of),
            SweepHeatmapChart.Draw(canvas, points, parameters, Heatmaps[2], t.CumulativeBang, t.BangAxis, scenario, p => p.BangForBuck, ratio => ratio, t.NoBangAtAnyPoint),
            FrontierChart.Draw(canvas, points, parameters, scenario),
        ];
    }
}
