using System.Text.RegularExpressions;
using Rdsim.Reporting.Charts;

namespace Rdsim.Reporting.Tests.Charts;

public class SvgViewBoxTests
{
    [Theory]
    [InlineData(ChartCanvas.Height)]
    [InlineData(1440)]
    public void A_saved_chart_scales_with_its_box_a_viewbox_of_its_drawn_size_on_its_root(int height)
    {
        var folder = Directory.CreateTempSubdirectory("rdsim-chart-").FullName;
        try
        {
            var canvas = new ChartCanvas(folder, ChartLanguage.En, MoneyUnit.Million);
            var plot = canvas.Plot("A title", canvas.Text.Year, canvas.Text.Money);
            plot.Add.Scatter(new double[] { 2020, 2021, 2022 }, new double[] { 1, 4, 2 });
            var output = canvas.Save(plot, "test", "A title", ChartTable.OfSeries("year", ["2020"], ("value", [1.0])), height);
            var root = Regex.Match(File.ReadAllText(output.Svg), "<svg[^>]*>").Value;
            Assert.Contains($"width=\"{ChartCanvas.Width}\" height=\"{height}\"", root);
            Assert.Contains($"viewBox=\"0 0 {ChartCanvas.Width} {height}\"", root);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Only_the_root_gets_the_viewbox_and_one_it_has_is_kept()
    {
        Assert.Equal("<svg width=\"4\" height=\"3\" viewBox=\"0 0 4 3\"><svg width=\"1\"/></svg>",
            SvgViewBox.Add("<svg width=\"4\" height=\"3\"><svg width=\"1\"/></svg>", 4, 3));
        Assert.Equal("<svg viewBox=\"0 0 8 6\" width=\"4\"></svg>", SvgViewBox.Add("<svg viewBox=\"0 0 8 6\" width=\"4\"></svg>", 4, 3));
    }
}
