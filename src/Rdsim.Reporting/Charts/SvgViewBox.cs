using System.Globalization;
using System.Text.RegularExpressions;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// An SVG that scales with the box it is shown in. ScottPlot gives the root element a width and a height only, so a page that
/// shows a chart narrower than it was drawn (the brief's column on A4 is about 700 pixels, a chart 960) cuts the drawing off
/// at the box's right edge and bottom — the last years, the axis label, the legend — instead of shrinking it. A viewBox of
/// the drawn size makes it shrink.
/// </summary>
public static partial class SvgViewBox
{
    /// <summary><paramref name="svg"/>, drawn <paramref name="width"/> × <paramref name="height"/> pixels, with a viewBox of that size on its root.</summary>
    public static string Add(string svg, int width, int height) =>
        Root().Replace(svg, m => m.Value.Contains(" viewBox=", StringComparison.Ordinal) ? m.Value
            : m.Value + string.Create(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width} {height}\""), 1);

    /// <summary>The root element's opening tag, up to its closing bracket.</summary>
    [GeneratedRegex(@"<svg\b[^>]*?(?=\s*/?>)")]
    private static partial Regex Root();
}
