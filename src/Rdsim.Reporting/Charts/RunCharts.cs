using Rdsim.Reporting.Results;

namespace Rdsim.Reporting.Charts;

/// <summary>Every chart of a run, drawn from its results into the <c>charts/</c> folder of its run folder.</summary>
public static class RunCharts
{
    /// <summary>The charts folder's name inside a run folder.</summary>
    public const string Folder = "charts";

    /// <summary>Every file the charts of a run are written to, relative to the run folder.</summary>
    public static IReadOnlyList<string> Files { get; } = ChartOutput.Files(Folder,
        RdOverTimeChart.Name, ReliefByInstrumentChart.Name, FirmCountsChart.Name, IntensityHistogramChart.Name, BangForBuckChart.Name, WhoBenefitsChart.Name);

    /// <summary>
    /// Draws every chart of <paramref name="run"/> in <paramref name="language"/> into <paramref name="folder"/>'s <c>charts/</c>, in
    /// brief order, their CSV files with a byte-order mark when <paramref name="csvByteOrderMark"/>.
    /// </summary>
    public static IReadOnlyList<ChartOutput> Draw(RunResult run, string folder, ChartLanguage language, bool csvByteOrderMark = false)
    {
        ChartFonts.Require(language);
        var canvas = new ChartCanvas(Path.Combine(folder, Folder), language) { CsvByteOrderMark = csvByteOrderMark };
        return
        [
            RdOverTimeChart.Draw(canvas, run),
            ReliefByInstrumentChart.Draw(canvas, run),
            FirmCountsChart.Draw(canvas, run),
            IntensityHistogramChart.Draw(canvas, run),
            BangForBuckChart.Draw(canvas, run),
            WhoBenefitsChart.Draw(canvas, run),
        ];
    }
}
