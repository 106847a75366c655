using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;
using ScottPlot.Plottables;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// The SVG of a plot with its lines' dash patterns. Skia's SVG backend cannot write a dash pattern: it draws the line
/// solid and complains on standard error for every path. So the plot is written with its patterned lines made solid
/// for the moment, and each one's pattern is then put back as <c>stroke-dasharray</c> on the paths of its colour and
/// width (its line and its legend sample; Skia names the basic HTML colours rather than writing them in hex). The brief embeds the SVG, so without this its overlays would lose the
/// patterns that keep equal lines apart (<see cref="SeriesLook"/>).
/// </summary>
public static partial class SvgDashes
{
    /// <summary>The SVG of <paramref name="plot"/> at <paramref name="width"/> × <paramref name="height"/> pixels, dash patterns kept.</summary>
    public static string Render(Plot plot, int width, int height)
    {
        var patterned = plot.GetPlottables().OfType<Scatter>().Where(s => s.LinePattern.Intervals.Length > 0 && s.LineWidth > 0)
            .Select(s => (Line: s, s.LinePattern)).ToList();
        foreach (var (line, _) in patterned) line.LinePattern = LinePattern.Solid;
        string svg;
        try
        {
            svg = plot.GetSvgXml(width, height);
        }
        finally
        {
            foreach (var (line, pattern) in patterned) line.LinePattern = pattern;
        }
        return patterned.Count == 0 ? svg : Stroke().Replace(svg, m =>
        {
            var stroke = double.Parse(m.Groups["width"].Value, CultureInfo.InvariantCulture);
            var dashed = patterned.FirstOrDefault(p => Hex(p.Line.LineColor) == HexOf(m.Groups["color"].Value) && Math.Abs(p.Line.LineWidth - stroke) < 0.01);
            return dashed.Line is null ? m.Value
                : $"{m.Value} stroke-dasharray=\"{string.Join(' ', dashed.LinePattern.Intervals.Select(i => i.ToString(CultureInfo.InvariantCulture)))}\"";
        });
    }

    /// <summary>The 16 basic HTML colours, which Skia's SVG backend writes by name.</summary>
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["black"] = "#000000", ["silver"] = "#C0C0C0", ["gray"] = "#808080", ["white"] = "#FFFFFF", ["maroon"] = "#800000", ["red"] = "#FF0000",
        ["purple"] = "#800080", ["fuchsia"] = "#FF00FF", ["green"] = "#008000", ["lime"] = "#00FF00", ["olive"] = "#808000", ["yellow"] = "#FFFF00",
        ["navy"] = "#000080", ["blue"] = "#0000FF", ["teal"] = "#008080", ["aqua"] = "#00FFFF",
    };

    private static string Hex(Color color) => $"#{color.R:X2}{color.G:X2}{color.B:X2}";

    private static string HexOf(string svgColor) => Named.TryGetValue(svgColor, out var hex) ? hex : svgColor.ToUpperInvariant();

    [GeneratedRegex("<path fill=\"none\" stroke=\"(?<color>#[0-9A-Fa-f]{6}|[a-z]+)\" stroke-width=\"(?<width>[0-9.]+)\"")]
    private static partial Regex Stroke();
}
