using Rdsim.Reporting.Sensitivity;

namespace Rdsim.Reporting.Charts;

/// <summary>The tornado charts of a sensitivity analysis: one per headline metric (<see cref="SensitivityMetric.All"/>).</summary>
public static class SensitivityCharts
{
    /// <summary>Every file the tornado charts are written to, relative to the folder holding <c>charts/</c>.</summary>
    public static IReadOnlyList<string> Files { get; } = ChartOutput.Files(RunCharts.Folder, [.. SensitivityMetric.All.Select(TornadoChart.Name)]);

    /// <summary>Draws every tornado of <paramref name="result"/> into <paramref name="folder"/>'s <c>charts/</c>, their CSV files with a byte-order mark when <paramref name="csvByteOrderMark"/>.</summary>
    public static IReadOnlyList<ChartOutput> Draw(string folder, SensitivityResult result, ChartLanguage language, bool csvByteOrderMark = false)
    {
        ChartFonts.Require(language);
        var canvas = new ChartCanvas(Path.Combine(folder, RunCharts.Folder), language) { CsvByteOrderMark = csvByteOrderMark };
        return [.. SensitivityMetric.All.Select(m => TornadoChart.Draw(canvas, result, m))];
    }
}
