using System.Globalization;
using System.Text.RegularExpressions;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tests.Support;
using SkiaSharp;

namespace Rdsim.Reporting.Tests.Charts;

/// <summary>
/// Overlays where every series has the same numbers (a reform that changes nothing, the baseline compared with itself):
/// each series must still show in the rendered chart, and the SVG the brief embeds must keep their dash patterns apart.
/// </summary>
public sealed class OverlayVisibilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rdsim-overlay-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Equal_real_rd_lines_all_show_the_counterfactual_too()
    {
        var output = CompareRealRdChart.Draw(new ChartCanvas(_folder, ChartLanguage.En), EqualRuns(3));
        AssertEverySeriesShows(output, [.. Enumerable.Range(0, 3).Select(ChartSeries.Color), ScottPlot.Colors.Gray]);
    }

    [Fact]
    public void Equal_bang_for_the_buck_lines_all_show()
    {
        var output = CompareBangChart.Draw(new ChartCanvas(_folder, ChartLanguage.En), EqualRuns(5));
        AssertEverySeriesShows(output, [.. Enumerable.Range(0, 5).Select(ChartSeries.Color)]);
    }

    [Fact]
    public void Looks_differ_pairwise_and_later_lines_are_never_wider()
    {
        var looks = Enumerable.Range(0, 5).Select(SeriesLook.Of).ToList();
        for (var i = 0; i < looks.Count; i++)
        {
            for (var j = i + 1; j < looks.Count; j++)
            {
                Assert.NotEqual(looks[i].Pattern.Name, looks[j].Pattern.Name);
                Assert.NotEqual(looks[i].Marker, looks[j].Marker);
                Assert.True(looks[j].LineWidth < looks[i].LineWidth && looks[j].MarkerSize < looks[i].MarkerSize, $"look {j} is not narrower than look {i}");
            }
        }
    }

    /// <summary>
    /// Each colour of <paramref name="colours"/> (a series' line) has pixels of its own in the plot area of the PNG (the legend
    /// left out, which shows every series whatever the plot hides), and the SVG draws the lines with pairwise different dashes.
    /// </summary>
    private static void AssertEverySeriesShows(ChartOutput output, IReadOnlyList<ScottPlot.Color> colours)
    {
        using var png = SKBitmap.Decode(output.Png);
        var plotArea = (Top: 60, Bottom: (int)(png.Height * 0.75), Left: 100, Right: png.Width - 20);
        foreach (var colour in colours)
        {
            var pixels = 0;
            for (var y = plotArea.Top; y < plotArea.Bottom; y++)
            {
                for (var x = plotArea.Left; x < plotArea.Right; x++)
                {
                    if (Near(png.GetPixel(x, y), colour)) pixels++;
                }
            }
            Assert.True(pixels >= 30, $"the series drawn in {colour} shows {pixels} pixels: it is hidden under the others");
        }
        var svg = File.ReadAllText(output.Svg);
        var dashes = colours.Skip(1).Select(c => Regex.Match(svg, $"stroke=\"(#{c.R:X2}{c.G:X2}{c.B:X2}|{Name(c)})\" stroke-width=\"[0-9.]+\" stroke-dasharray=\"([0-9. ]+)\"").Groups[2].Value).ToList();
        Assert.All(dashes, d => Assert.NotEqual("", d));
        Assert.Equal(dashes.Count, dashes.Distinct().Count());
    }

    /// <summary>The name Skia's SVG backend writes for the one basic HTML colour the charts use.</summary>
    private static string Name(ScottPlot.Color colour) => colour == ScottPlot.Colors.Gray ? "gray" : "-";

    private static bool Near(SKColor pixel, ScottPlot.Color colour) =>
        Math.Abs(pixel.Red - colour.R) <= 8 && Math.Abs(pixel.Green - colour.G) <= 8 && Math.Abs(pixel.Blue - colour.B) <= 8;

    /// <summary><paramref name="count"/> runs with the same numbers, their counterfactual's real R&amp;D equal to their own.</summary>
    private List<RunResult> EqualRuns(int count) =>
        [.. Enumerable.Range(0, count).Select(i => StoredRuns.Years(_folder, $"Scenario {i}", "cum_bang_for_buck,real_rd,cf_real_rd",
            y => string.Create(CultureInfo.InvariantCulture, $"{0.4 + y * 0.02},{5000 + 300 * y},{5000 + 300 * y}")))];
}
