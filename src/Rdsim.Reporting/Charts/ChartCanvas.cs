using System.Globalization;
using Rdsim.Scenarios.IO;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// Where charts of one language go: makes plots in the house style (the language's font, title, axis
/// labels, years without thousands separators) and saves each as PNG and SVG (one that scales with the box it is shown in)
/// beside its CSV, atomically.
/// </summary>
/// <param name="Folder">The charts folder.</param>
/// <param name="Language">Titles' and labels' language.</param>
/// <param name="Unit">The unit of money axes (the charts' CSVs stay in mn CNY).</param>
public sealed record ChartCanvas(string Folder, ChartLanguage Language, MoneyUnit Unit)
{
    /// <summary>A canvas whose money axes are in the language's usual unit (<see cref="MoneyUnit.Default"/>).</summary>
    public ChartCanvas(string folder, ChartLanguage language)
        : this(folder, language, MoneyUnit.Default(language))
    {
    }

    /// <summary>Width in pixels.</summary>
    public const int Width = 960;

    /// <summary>Height in pixels.</summary>
    public const int Height = 560;

    /// <summary>Whether the charts' CSV files start with a UTF-8 byte-order mark (<c>--csv-bom</c>, for Excel).</summary>
    public bool CsvByteOrderMark { get; init; }

    /// <summary>The texts in <see cref="Language"/>.</summary>
    public ChartText Text => ChartText.For(Language, Unit);

    /// <summary>A plot with a title and axis labels; the x axis shows years unless <paramref name="yearAxis"/> is false.</summary>
    public Plot Plot(string title, string xLabel, string yLabel, bool yearAxis = true)
    {
        var plot = new Plot();
        plot.Title(title, size: 18);
        plot.XLabel(xLabel, size: 14);
        plot.YLabel(yLabel, size: 14);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = Amount };
        plot.Axes.Bottom.TickGenerator = yearAxis
            ? new NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture) }
            : new NumericAutomatic { LabelFormatter = Amount };
        return plot;
    }

    /// <summary>
    /// Makes <paramref name="axis"/> a money axis: its ticks are labelled in <see cref="Unit"/>, while the plotted values (and so
    /// the chart's CSV) stay in mn CNY. The units are powers of ten apart, so ticks at round mn CNY are round in any unit.
    /// </summary>
    public void MoneyAxis(IAxis axis) => axis.TickGenerator = new NumericAutomatic { LabelFormatter = v => Amount(Unit.Of(v)) };

    private static readonly Lock RenderLock = new();

    /// <summary>
    /// Saves <paramref name="plot"/> as <c>NAME.png</c> and <c>NAME.svg</c>, <see cref="Width"/> wide and <paramref name="height"/> high
    /// (<see cref="Height"/> unless a chart needs more), and <paramref name="data"/> as <c>NAME.csv</c>.
    /// </summary>
    public ChartOutput Save(Plot plot, string name, string title, ChartTable data, int height = Height)
    {
        Directory.CreateDirectory(Folder);
        var output = new ChartOutput(Folder, name, title);
        data.Write(output.Csv, CsvByteOrderMark);
        // One chart at a time in the process: ScottPlot's FontStyler.Set disposes typefaces held in its static cache
        // (ScottPlot issue #4910), so a chart whose fonts are set while another renders can lose text — a Chinese legend
        // went missing from the SVG when two tests drew charts at once.
        lock (RenderLock)
        {
            var typeface = plot.Font.Set(ChartFonts.Family(Language));
            FontsSetMisses(plot, typeface);
            ChartLegend.Style(plot, Language);
            SavePng(plot, output.Png, Width, height);
            AtomicFile.WriteText(output.Svg, SvgViewBox.Add(SvgDashes.Render(plot, Width, height), Width, height));
        }
        return output;
    }

    /// <summary>
    /// Gives <paramref name="typeface"/> to what <c>Font.Set</c> leaves out: colour bars, and texts placed on the plot (cell labels,
    /// notes). Their labels keep the typeface that was the default when they were made, the font of the chart drawn before, over any
    /// font name given them: a Chinese colour bar label after an English chart was drawn in DejaVu Sans, without its characters.
    /// </summary>
    private static void FontsSetMisses(Plot plot, SkiaSharp.SKTypeface? typeface)
    {
        foreach (var bar in plot.Axes.GetPanels().OfType<ScottPlot.Panels.ColorBar>())
        {
            bar.Axis.Label.Font = typeface;
            bar.Axis.TickLabelStyle.Font = typeface;
        }
        foreach (var label in plot.GetPlottables().OfType<LabelStyleProperties>()) label.LabelStyle.Font = typeface;
    }

    /// <summary>Saves <paramref name="plot"/> (its fonts set) as a PNG of <paramref name="width"/> × <paramref name="height"/> pixels at <paramref name="path"/>, atomically.</summary>
    public static void SavePng(Plot plot, string path, int width, int height)
    {
        var png = plot.GetImageBytes(width, height, ImageFormat.Png);
        AtomicFile.Write(path, stream => stream.Write(png));
    }

    /// <summary>A chart title citing the scenario, on at most two lines.</summary>
    public static string Title(string what, string scenario) => Wrap($"{what} — {scenario}");

    /// <summary>
    /// Breaks a title that would not fit the chart's width into lines at its separators (" — ", " · "), or at
    /// spaces within a part too long for a line, and keeps at most <paramref name="maxLines"/> lines, ending a
    /// shortened last line with "…": a title must not crowd out the chart (the legend carries long lists).
    /// Widths are counted in <see cref="DisplayWidth"/> units, so a Chinese character counts as two.
    /// </summary>
    public static string Wrap(string title, int maxLine = 76, int maxLines = 2)
    {
        if (DisplayWidth(title) <= maxLine) return title;
        var parts = System.Text.RegularExpressions.Regex.Split(title, "(?<= — )|(?<= · )")
            .SelectMany(part => DisplayWidth(part) <= maxLine ? [part] : System.Text.RegularExpressions.Regex.Split(part, "(?<= )"));
        var lines = new List<string> { "" };
        foreach (var part in parts)
        {
            if (lines[^1].Length > 0 && DisplayWidth(lines[^1] + part) > maxLine) lines.Add("");
            lines[^1] += part;
        }
        lines = [.. lines.Select(l => l.TrimEnd(' ', '·', '—').TrimEnd())];
        if (lines.Count > maxLines)
        {
            lines = lines[..maxLines];
            lines[^1] += " …";
        }
        for (var i = 0; i < lines.Count; i++)
        {
            // A single word longer than a line (no space to break at) is cut.
            while (DisplayWidth(lines[i]) > maxLine) lines[i] = lines[i][..^2].TrimEnd() + "…";
        }
        return string.Join("\n", lines);
    }

    /// <summary>The width of <paramref name="text"/> in units of a Latin character: CJK and other wide characters count as two.</summary>
    public static int DisplayWidth(string text) => text.Sum(c => c >= '\u2E80' && c <= '\uFFEF' ? 2 : 1);

    /// <summary>Tick labels for amounts: thousands separators, at most two decimals.</summary>
    public static string Amount(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
