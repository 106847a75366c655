using Rdsim.Reporting.Charts;
using ScottPlot;
using SkiaSharp;

namespace Rdsim.Reporting.Tests.Charts;

/// <summary>Legend text is drawn whole: ScottPlot clips legend items to the frame's padding, and cut the tops of DejaVu Sans glyphs.</summary>
public sealed class ChartLegendTests
{
    [Theory]
    [InlineData(ChartLanguage.En, "Share of relief")]
    [InlineData(ChartLanguage.Zh, "税收减免份额 of relief")]
    public void No_glyph_reaches_the_clip_at_the_top_of_the_legend(ChartLanguage language, string label)
    {
        var plot = new Plot();
        plot.Add.Signal(Generate.Sin()).LegendText = label;
        plot.ShowLegend(Edge.Bottom);
        plot.Font.Set(ChartFonts.Family(language));
        ChartLegend.Style(plot, language);

        using var legend = SKBitmap.Decode(plot.Legend.GetImage().GetImageBytes());
        // The clip is the frame less its padding, widened by a pixel: a glyph it cuts has ink on that first row.
        var clipTop = plot.Legend.Padding.Top - 1;
        var textLeft = (int)(plot.Legend.Padding.Left + plot.Legend.SymbolWidth + plot.Legend.SymbolPadding);
        var inked = Enumerable.Range(2, legend.Height - 4)
            .First(y => Enumerable.Range(textLeft, legend.Width - textLeft - 8).Any(x => legend.GetPixel(x, y).Red < 160));
        Assert.True(inked > clipTop + 1, $"the text's first inked row is {inked}, the clip starts at {clipTop}");
    }
}
