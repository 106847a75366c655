using Rdsim.Reporting.Sweeps;
using Rdsim.Reporting.Tables;
using ScottPlot;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// <c>frontier</c>: every sweep point's cumulative revenue forgone against its cumulative induced real R&amp;D;
/// the non-dominated points (no other point buys more R&amp;D for less revenue) are marked and joined.
/// </summary>
public static class FrontierChart
{
    /// <summary>The chart's file name (without extension).</summary>
    public const string Name = "frontier";

    /// <summary>The columns of the chart's data, <c>charts/frontier.csv</c>, in order: name, unit and meaning (docs/outputs.md).</summary>
    public static IReadOnlyList<(string Name, string Unit, string Description)> Columns { get; } =
    [
        ("point", "index", "Grid point (0-based), as in `sweep.csv` and `points/INDEX.csv`"),
        ("values", "text", "The point's swept values as `sweep.csv` writes them (a list's as typed, a range's with the decimals its from, to or step needs: 0.50, 0.75, 1.00), in the order of the `--vary` options (a sweep file's `vary:` first), separated by `;`"),
        ("cum_revenue_forgone", "mn CNY", "Revenue forgone over the run at that point (mean over replicates; the chart's x axis)"),
        ("cum_induced_real_rd", "mn CNY", "Induced real R&D over the run at that point (mean over replicates; the chart's y axis)"),
        ("not_dominated", "flag", "`true` when no other point does at least as well on both axes and better on one (as much induced real R&D or more for as much revenue forgone or less): the ringed, joined points; else `false`"),
    ];

    /// <summary>Draws the frontier of <paramref name="points"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, IReadOnlyList<SweepSummary> points, IReadOnlyList<string> parameters, string scenario)
    {
        var t = canvas.Text;
        var title = ChartCanvas.Title(t.Frontier, scenario);
        var plot = canvas.Plot(title, t.Forgone, t.InducedRd, yearAxis: false);
        canvas.MoneyAxis(plot.Axes.Bottom);
        canvas.MoneyAxis(plot.Axes.Left);
        var front = points.Where(p => !points.Any(p.IsDominatedBy)).OrderBy(p => p.RevenueForgone).ToList();
        var all = plot.Add.Markers(points.Select(p => p.RevenueForgone).ToArray(), points.Select(p => p.InducedRealRd).ToArray(), MarkerShape.FilledCircle, 8, Colors.Gray);
        all.LegendText = t.Points;
        var line = plot.Add.Scatter(front.Select(p => p.RevenueForgone).ToArray(), front.Select(p => p.InducedRealRd).ToArray(), ChartSeries.Color(3));
        line.LegendText = t.NotDominated;
        // Rings around the points they mark, so that the grey points beneath stay visible.
        line.MarkerShape = MarkerShape.OpenCircle;
        line.MarkerSize = 15;
        line.MarkerLineWidth = 2;
        line.LineWidth = 2;
        // Labels of points in the right half of the chart go to the left of their point, so none runs off the edge.
        var middle = (points.Min(p => p.RevenueForgone) + points.Max(p => p.RevenueForgone)) / 2;
        var names = ParameterLabels.Shortest(parameters);
        foreach (var p in front)
        {
            var label = plot.Add.Text(string.Join(", ", p.Values.Select((v, i) => $"{names[i]}={v}")), p.RevenueForgone, p.InducedRealRd);
            label.LabelFontName = ChartFonts.Family(canvas.Language);
            label.LabelFontSize = 11;
            var toTheLeft = p.RevenueForgone > middle;
            label.OffsetX = toTheLeft ? -8 : 8;
            label.OffsetY = -4;
            label.Alignment = toTheLeft ? Alignment.LowerRight : Alignment.LowerLeft;
        }
        plot.ShowLegend(Edge.Bottom);
        var table = new ChartTable([.. Columns.Select(c => c.Name)],
            [.. points.Select(p => (IReadOnlyList<string>)[CsvText.Integer(p.Point), string.Join(";", p.Values),
                CsvText.Number(p.RevenueForgone), CsvText.Number(p.InducedRealRd), front.Contains(p) ? "true" : "false"])]);
        return canvas.Save(plot, Name, title, table);
    }
}
