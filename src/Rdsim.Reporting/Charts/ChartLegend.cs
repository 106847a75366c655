using ScottPlot;
using SkiaSharp;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// Makes each legend row tall enough for its text. ScottPlot 5 sizes a row to the font's line height, centres the text's
/// line box in it, puts the baseline at the box's bottom less the font's deepest descent (<see cref="SKFontMetrics.Bottom"/>),
/// and clips the items to the legend's inner box: in DejaVu Sans, whose deepest descent is twice its usual one, the tops
/// of the first row's glyphs were cut off ("of relief" read "ot reliet"). A row is as tall as a symbol, so a taller symbol
/// row centres the same text lower, clear of the clip.
/// </summary>
public static class ChartLegend
{
    /// <summary>The legend's font size in points (ScottPlot's default, made explicit because the row height depends on it).</summary>
    public const float FontSize = 12;

    /// <summary>Clear space, in pixels, between a row's top and the tallest glyph the font declares (its ascent).</summary>
    private const float Clearance = 1;

    /// <summary>Sets <paramref name="plot"/>'s legend font (<paramref name="language"/>'s, at <see cref="FontSize"/>) and a row height that fits it.</summary>
    public static void Style(Plot plot, ChartLanguage language)
    {
        var family = ChartFonts.Family(language);
        plot.Legend.FontName = family;
        plot.Legend.FontSize = FontSize;
        plot.Legend.SymbolHeight = RowHeight(family, FontSize);
    }

    /// <summary>
    /// The height of a legend row in which text of <paramref name="family"/> at <paramref name="size"/>, placed as ScottPlot places
    /// it, has its whole ascent below the row's top: the text sits (deepest descent − ascent − line height) above its centred
    /// line box, so the row grows by twice that, and by <see cref="Clearance"/> on each side.
    /// </summary>
    public static float RowHeight(string family, float size)
    {
        using var typeface = SKTypeface.FromFamilyName(family);
        using var font = new SKFont(typeface, size);
        var lineHeight = font.GetFontMetrics(out var metrics);
        var overhang = Math.Max(0, metrics.Bottom - metrics.Ascent - lineHeight);
        return MathF.Ceiling(lineHeight + 2 * (overhang + Clearance));
    }
}
