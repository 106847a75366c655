using Rdsim.Reporting.Sweeps;
using Rdsim.Reporting.Tables;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// <c>heatmap_NAME</c>: one outcome over the grid of the first two swept parameters (first across, second up;
/// cells average over any further parameters), each cell labelled with its value. An undefined cell (bang for the buck where no
/// revenue was forgone) is grey and labelled "–"; when every cell is, the chart says why instead of drawing a colour bar of nothing.
/// </summary>
public static class SweepHeatmapChart
{
    /// <summary>
    /// Draws the heatmap of <paramref name="measure"/> named <paramref name="name"/>, titled <paramref name="label"/>, its colour bar
    /// labelled <paramref name="scale"/> (the metric and its unit); cells and their labels show each value as <paramref name="shown"/>
    /// makes it (an amount in the canvas's money unit; by default the value as it is), all labels with the same decimals, the CSV
    /// the value itself. <paramref name="allUndefined"/> is the note shown when no cell has a value.
    /// </summary>
    public static ChartOutput Draw(ChartCanvas canvas, IReadOnlyList<SweepSummary> points, IReadOnlyList<string> parameters,
        string name, string label, string scale, string scenario, Func<SweepSummary, double> measure, Func<double, double>? shown = null,
        string? allUndefined = null)
    {
        shown ??= value => value;
        var xs = points.Select(p => p.Values[0]).Distinct().ToList();
        var ys = parameters.Count > 1 ? points.Select(p => p.Values[1]).Distinct().ToList() : [""];
        var cells = new double[ys.Count, xs.Count];
        var plot = canvas.Plot(ChartCanvas.Title(label, scenario), parameters[0], parameters.Count > 1 ? parameters[1] : "", yearAxis: false);
        var rows = new List<IReadOnlyList<string>>();
        for (var y = 0; y < ys.Count; y++)
        {
            for (var x = 0; x < xs.Count; x++)
            {
                var values = points.Where(p => p.Values[0] == xs[x] && (parameters.Count < 2 || p.Values[1] == ys[y])).Select(measure).ToList();
                var cell = values.Count > 0 ? values.Average() : double.NaN;
                cells[ys.Count - 1 - y, x] = shown(cell);   // row 0 is drawn at the top
                rows.Add([xs[x], ys[y], CsvText.Number(cell)]);
            }
        }
        var format = FixedDecimals.For(cells.Cast<double>());
        for (var y = 0; y < ys.Count; y++)
        {
            for (var x = 0; x < xs.Count; x++)
            {
                var text = plot.Add.Text(format.Format(cells[ys.Count - 1 - y, x]), x, y);
                text.Alignment = Alignment.MiddleCenter;
                text.LabelFontSize = 13;
                text.LabelFontName = ChartFonts.Family(canvas.Language);
                text.LabelBackgroundColor = Colors.White.WithAlpha(0.7);
            }
        }
        if (cells.Cast<double>().Any(double.IsFinite)) AddHeatmap(plot, cells, scale, format);
        else AddUndefined(plot, xs.Count, ys.Count, allUndefined);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, xs.Count).Select(i => (double)i)], [.. xs]);
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, ys.Count).Select(i => (double)i)], [.. ys]);
        plot.Axes.SetLimits(-0.5, xs.Count - 0.5, -0.5, ys.Count - 0.5);
        var table = new ChartTable([parameters[0], parameters.Count > 1 ? parameters[1] : "-", name], rows);
        return canvas.Save(plot, $"heatmap_{name}", ChartCanvas.Title(label, scenario), table);
    }

    /// <summary>The fill of an undefined cell: a light grey, outside the colour map, so it is not read as a low value.</summary>
    private static readonly Color UndefinedColor = Colors.LightGray;

    /// <summary>The coloured cells, undefined ones grey, and the colour bar, labelled <paramref name="scale"/>, its ticks as <paramref name="format"/> prints.</summary>
    private static void AddHeatmap(Plot plot, double[,] cells, string scale, FixedDecimals format)
    {
        var heatmap = plot.Add.Heatmap(cells);
        heatmap.NaNCellColor = UndefinedColor;
        // Left in its default place, every cell is one unit square and centred on its index (0, 1, …), where its
        // tick and label are. Setting Position stretched the cells (it names the edge cells' centres, and the
        // drawn area is a cell larger, so inner cells came out twice as wide as edge ones); Rectangle draws
        // nothing for a single row (a one-parameter sweep).
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        plot.MoveToBack(heatmap);
        var colorBar = plot.Add.ColorBar(heatmap);
        colorBar.Label = scale;
        colorBar.LabelStyle.FontSize = 14;
        colorBar.Axis.TickGenerator = new NumericAutomatic { LabelFormatter = format.Format };   // ticks read like the cells
    }

    /// <summary>
    /// A grid of <paramref name="columns"/> × <paramref name="rows"/> cells none of which has a value: grey unit squares (ScottPlot
    /// refuses a heatmap without a finite cell, it takes its colour range from them), no colour bar, and <paramref name="note"/>.
    /// </summary>
    private static void AddUndefined(Plot plot, int columns, int rows, string? note)
    {
        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < columns; x++)
            {
                var cell = plot.Add.Rectangle(x - 0.5, x + 0.5, y - 0.5, y + 0.5);
                cell.FillColor = UndefinedColor;
                cell.LineColor = Colors.White;   // the grid's cells stay apart
                cell.LineWidth = 1;
                plot.MoveToBack(cell);
            }
        }
        if (note is not null) AddNote(plot, note, columns, rows);
    }

    /// <summary>
    /// <paramref name="text"/> across the middle of a grid of <paramref name="columns"/> × <paramref name="rows"/> cells, on a white box:
    /// between the two middle rows, or a quarter of a row above the middle one, so that the cells' "–" stay in sight.
    /// </summary>
    private static void AddNote(Plot plot, string text, int columns, int rows)
    {
        var y = rows % 2 == 0 ? rows / 2 - 0.5 : rows / 2 + 0.25;
        ChartNote.Add(plot, text, (columns - 1) / 2.0, y);
    }
}
