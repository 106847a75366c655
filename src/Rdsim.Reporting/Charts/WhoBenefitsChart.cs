using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;
using ScottPlot;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// <c>who_benefits</c>: each group's share of the run's relief beside its share of the induced real R&amp;D, as horizontal bars,
/// in blocks by tax status, size class, sector and region (the order of <see cref="WhoBenefits.Of"/>; the regions with the most relief
/// only, the brief's table has them all). A group whose relief bar is longer than its induced bar receives more of the relief than it
/// adds of the R&amp;D.
/// </summary>
public static class WhoBenefitsChart
{
    /// <summary>The chart's file name (without extension).</summary>
    public const string Name = "who_benefits";

    /// <summary>Tall enough for every sector, size class and tax status, and <see cref="Regions"/> regions, at a readable bar height.</summary>
    private const int Height = 1_440;

    /// <summary>The regions shown: a national population has 50, too many bars to read beside the other blocks.</summary>
    public const int Regions = 10;

    /// <summary>Draws the chart of <paramref name="run"/>.</summary>
    public static ChartOutput Draw(ChartCanvas canvas, RunResult run)
    {
        var t = canvas.Text;
        var title = ChartCanvas.Title(t.WhoBenefitsChart, run.Name);
        var plot = canvas.Plot(title, t.ShareAxis, "", yearAxis: false);
        var all = WhoBenefits.Of(run.Groups);
        if (all.All(g => g.Relief == 0)) return DrawNoRelief(canvas, plot, title);
        IReadOnlyList<GroupBenefit> groups =
            [.. all.Where(g => g.Kind != GroupsTable.RegionKind), .. all.Where(g => g.Kind == GroupsTable.RegionKind).Take(Regions)];
        var (positions, labels) = (new List<double>(), new List<string>());
        var (relief, induced) = (new List<Bar>(), new List<Bar>());
        var y = 0.0;
        foreach (var block in groups.GroupBy(g => g.Kind))
        {
            positions.Add(y);
            labels.Add(block.Key == GroupsTable.RegionKind ? $"[{string.Format(System.Globalization.CultureInfo.InvariantCulture, t.TopRegions, Regions)}]" : $"[{GroupLabels.Kind(t, block.Key)}]");
            foreach (var g in block)
            {
                y -= 1;
                positions.Add(y);
                labels.Add(GroupLabels.Group(canvas.Language, g.Kind, g.Group));
                relief.Add(new Bar { Position = y + 0.2, Value = Percent(g.ReliefShare), Size = 0.38, FillColor = ChartSeries.Color(0), LineWidth = 0 });
                induced.Add(new Bar { Position = y - 0.2, Value = Percent(g.InducedShare), Size = 0.38, FillColor = ChartSeries.Color(2), LineWidth = 0 });
            }
            y -= 1.5;   // a gap before the next block's heading
        }
        Add(plot, relief, t.ReliefShare);
        Add(plot, induced, t.InducedShare);
        plot.Add.VerticalLine(0, 1f, Colors.Black.WithAlpha(0.6));
        plot.Axes.Left.SetTicks([.. positions], [.. labels]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(y + 0.9, 0.6);
        plot.ShowLegend(Edge.Bottom);
        return canvas.Save(plot, Name, title, Table(groups), Height);
    }

    /// <summary>
    /// The chart of a run without relief: no group to rank, so no bars and no list of arbitrary "regions with most relief", but a
    /// note saying why, on a chart of the usual size; its CSV has the columns and no rows, like the chart (groups.csv has every group).
    /// </summary>
    private static ChartOutput DrawNoRelief(ChartCanvas canvas, Plot plot, string title)
    {
        var note = plot.Add.Annotation(canvas.Text.NoRelief, Alignment.MiddleCenter);
        note.LabelFontSize = 16;
        note.LabelBackgroundColor = Colors.Transparent;
        note.LabelBorderWidth = 0;
        note.LabelShadowColor = Colors.Transparent;
        note.OffsetX = 0;
        note.OffsetY = 0;
        plot.XLabel("");
        plot.Axes.Left.SetTicks([], []);
        plot.Axes.Bottom.SetTicks([], []);
        plot.HideGrid();
        return canvas.Save(plot, Name, title, Table([]));
    }

    private static double Percent(double share) => double.IsFinite(share) ? 100 * share : 0;

    private static void Add(Plot plot, List<Bar> bars, string label)
    {
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.LegendText = label;
    }

    private static ChartTable Table(IReadOnlyList<GroupBenefit> groups) => new(
        ["group_kind", "group", "relief_share", "induced_real_rd_share", "relief", "induced_real_rd", "revenue_forgone", "bang_for_buck"],
        [.. groups.Select(g => (IReadOnlyList<string>)[g.Kind, g.Group, CsvText.Number(g.ReliefShare), CsvText.Number(g.InducedShare),
            CsvText.Number(g.Relief), CsvText.Number(g.InducedRealRd), CsvText.Number(g.RevenueForgone), CsvText.Number(g.BangForBuck)])]);
}
