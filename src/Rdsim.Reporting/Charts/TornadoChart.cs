using System.Globalization;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Reporting.Tables;
using ScottPlot;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// <c>tornado_METRIC</c>: for one headline metric, a row per varied parameter, the largest swing at the top, with two
/// horizontal bars from the base run's value (a vertical line): to the value with the parameter at its low end (upper bar)
/// and at its high end (lower bar), each labelled at its tip with the parameter's value. The two bars of a row never share
/// a line, so when both ends move the metric the same way neither hides the other. An end where the metric is undefined (a ratio
/// to nothing: bang for the buck without revenue forgone) has no bar and its label shows <see cref="Tables.NoValue.Mark"/>; when the base run's is, no bar can
/// start anywhere, and the chart says so.
/// </summary>
public static class TornadoChart
{
    /// <summary>Half the height of one end's bar: a row is one unit, its two bars fill most of it.</summary>
    private const double HalfRow = 0.19;

    /// <summary>The file name (without extension) of the tornado of <paramref name="metric"/>.</summary>
    public static string Name(SensitivityMetric metric) => $"tornado_{metric.Name}";

    /// <summary>Draws the tornado of <paramref name="metric"/> over <paramref name="result"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, SensitivityResult result, SensitivityMetric metric)
    {
        var t = canvas.Text;
        var label = metric.Label(t);
        var title = ChartCanvas.Title(string.Format(CultureInfo.InvariantCulture, t.Tornado, label), result.Scenario);
        var plot = canvas.Plot(title, label, "", yearAxis: false);
        if (metric.IsMoney) canvas.MoneyAxis(plot.Axes.Bottom);
        var bars = result.Bars(metric);
        var centre = result.Base.Of(metric);
        // The largest swing is drawn at the top: bar i (from the top) sits at height count − 1 − i.
        var heights = Enumerable.Range(0, bars.Count).Select(i => (double)(bars.Count - 1 - i)).ToArray();
        plot.Axes.Left.SetTicks(heights, [.. bars.Select(b => b.Parameter)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.6, bars.Count - 0.4);
        var table = new ChartTable(["parameter", "low_value", "high_value", $"{metric.Name}_at_low", $"{metric.Name}_at_high", "swing", $"{metric.Name}_base"],
            [.. bars.Select(b => (IReadOnlyList<string>)[b.Parameter, b.LowValue, b.HighValue, CsvText.Number(b.AtLow), CsvText.Number(b.AtHigh),
                CsvText.Number(b.Swing), CsvText.Number(centre)])]);
        if (!double.IsFinite(centre)) return DrawUndefinedBase(canvas, plot, Name(metric), title, table, bars.Count);
        AddEnd(plot, canvas, bars, [.. heights.Select(h => h + HalfRow)], centre, b => b.AtLow, b => b.LowValue, ChartSeries.Color(0), t.LowEnd);
        AddEnd(plot, canvas, bars, [.. heights.Select(h => h - HalfRow)], centre, b => b.AtHigh, b => b.HighValue, ChartSeries.Color(3), t.HighEnd);
        var line = plot.Add.VerticalLine(centre, 2, Colors.Black, LinePattern.Dashed);
        line.LegendText = $"{t.BaseRun}: {(metric.IsMoney ? canvas.Unit.Text(centre) : ChartCanvas.Amount(Round(centre)))}";
        Pad(plot, bars, centre);
        plot.ShowLegend(Edge.Bottom);
        return canvas.Save(plot, Name(metric), title, table);
    }

    /// <summary>
    /// The tornado of a metric undefined in the base run: the parameters' rows (<paramref name="rows"/>) without bars, as a bar runs
    /// from the base value, no scale, and a note saying why; the CSV still has each end's value.
    /// </summary>
    private static ChartOutput DrawUndefinedBase(ChartCanvas canvas, Plot plot, string name, string title, ChartTable table, int rows)
    {
        plot.XLabel("");
        plot.Axes.Bottom.SetTicks([], []);
        plot.Axes.SetLimitsX(-1, 1);
        ChartNote.Add(plot, canvas.Text.UndefinedInBaseRun, 0, (rows - 1) / 2.0);
        return canvas.Save(plot, name, title, table);
    }

    /// <summary>The bars from the base value to one end's values, each labelled at its tip with the parameter's value there.</summary>
    private static void AddEnd(Plot plot, ChartCanvas canvas, IReadOnlyList<TornadoBar> bars, double[] heights, double centre,
        Func<TornadoBar, double> value, Func<TornadoBar, string> parameterValue, Color color, string legend)
    {
        var drawn = bars.Select((b, i) => new Bar
        {
            Position = heights[i], ValueBase = centre, Value = double.IsFinite(value(b)) ? value(b) : centre, Size = 2 * HalfRow,
            FillColor = color, LineWidth = 0,
        }).ToArray();
        var series = plot.Add.Bars(drawn);
        series.Horizontal = true;
        series.LegendText = legend;
        for (var i = 0; i < bars.Count; i++)
        {
            // The tip's label goes outside the bar, on the side it points to, so bars of either sign stay readable.
            var right = drawn[i].Value >= centre;
            var label = double.IsFinite(value(bars[i])) ? parameterValue(bars[i]) : canvas.Text.WithAside(parameterValue(bars[i]), Tables.NoValue.Mark);
            var text = plot.Add.Text(label, drawn[i].Value, heights[i]);
            text.LabelFontName = ChartFonts.Family(canvas.Language);
            text.LabelFontSize = 12;
            text.Alignment = right ? Alignment.MiddleLeft : Alignment.MiddleRight;
            text.OffsetX = right ? 4 : -4;
        }
    }

    /// <summary>Room on either side of the bars for the tip labels, so none runs off the plot.</summary>
    private static void Pad(Plot plot, IReadOnlyList<TornadoBar> bars, double centre)
    {
        var values = bars.SelectMany(b => new[] { b.AtLow, b.AtHigh }).Where(double.IsFinite).Append(centre).ToList();
        var (min, max) = (values.Min(), values.Max());
        // A metric no end moves, at zero (no incentives: nothing induced, nothing forgone), still gets a readable scale
        // around it; a margin of a few billionths labelled every tick "0" or "-0".
        var span = Math.Max(max - min, Math.Abs(centre) * 0.01);
        var margin = (span > 0 ? span : 1) * 0.15;
        plot.Axes.SetLimitsX(min - margin, max + margin);
    }

    private static double Round(double value) => Math.Abs(value) >= 100 ? Math.Round(value) : Math.Round(value, 3);
}
