using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Sensitivity;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// The brief's sensitivity section as Markdown: for each headline metric the base run's value, the lowest and highest over the
/// sensitivity runs (the band), and the parameter whose two ends move it most; then what the band is and is not.
/// </summary>
public static class SensitivityMarkdown
{
    /// <summary>The section of <paramref name="result"/> in the language of <paramref name="t"/>, money in its unit.</summary>
    public static string Section(SensitivityResult result, ChartText t)
    {
        var text = new System.Text.StringBuilder($"| | {t.BaseRun} | {t.Lowest} | {t.Highest} | {t.LargestSwing} |\n|---|---:|---:|---:|---|\n");
        foreach (var metric in SensitivityMetric.All)
        {
            var (low, high) = result.Band(metric);
            var mover = Mover(result.Bars(metric).FirstOrDefault());
            text.Append($"| {metric.Label(t)} | {metric.Text(result.Base.Of(metric), t.Unit)} | {metric.Text(low, t.Unit)} | {metric.Text(high, t.Unit)} | {mover} |\n");
        }
        // The note is rdsim's own text; only the names in it come from outside, as code spans.
        var names = string.Join(", ", result.Parameters.Select(MarkdownText.Code));
        text.Append('\n').Append(string.Format(CultureInfo.InvariantCulture, t.SensitivityNote, result.Parameters.Count, names)).Append('\n');
        return text.ToString();
    }

    /// <summary>The cell naming the parameter that moves a number most, with its two ends (a dash for none).</summary>
    internal static string Mover(TornadoBar? top) =>
        top is null ? Tables.NoValue.Mark : $"{MarkdownText.Code(top.Parameter)} ({MarkdownText.Code(top.LowValue)} – {MarkdownText.Code(top.HighValue)})";
}
