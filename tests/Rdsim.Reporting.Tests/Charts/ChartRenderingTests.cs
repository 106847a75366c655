using Rdsim.Reporting.Charts;

namespace Rdsim.Reporting.Tests.Charts;

public class ChartRenderingTests
{
    [Theory]
    [InlineData(ChartLanguage.En, "Real and reported R&D")]
    [InlineData(ChartLanguage.Zh, "实际与申报研发支出")]
    public void A_saved_chart_carries_its_title_as_text_and_years_without_separators(ChartLanguage language, string what)
    {
        var folder = Directory.CreateTempSubdirectory("rdsim-chart-").FullName;
        try
        {
            var canvas = new ChartCanvas(folder, language, MoneyUnit.Million);
            var title = ChartCanvas.Title(what, "Test scenario");
            var plot = canvas.Plot(title, canvas.Text.Year, canvas.Text.Money);
            plot.Add.Scatter(new double[] { 2020, 2021, 2022, 2023, 2024 }, new double[] { 1, 4, 2, 5, 3 });
            var output = canvas.Save(plot, "test", title, ChartTable.OfSeries("year", ["2020"], ("value", [1.0])));
            var svg = File.ReadAllText(output.Svg);
            Assert.Contains(title.Replace("&", "&amp;"), svg);   // text, not paths: the font was found
            Assert.Contains("\t2024\n", svg);
            Assert.DoesNotContain("2,024", svg);
            Assert.True(new FileInfo(output.Png).Length > 10_000);
            Assert.Equal("year,value\n2020,1\n", File.ReadAllText(output.Csv));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Without_the_font_no_chart_is_drawn_and_the_package_is_named()
    {
        Assert.Null(ChartFonts.Problem(ChartLanguage.En, ["DejaVu Sans"]));
        Assert.Contains("fonts-dejavu-core", ChartFonts.Problem(ChartLanguage.En, []));
        Assert.Contains("fonts-wqy-microhei", ChartFonts.Problem(ChartLanguage.Zh, ["DejaVu Sans"]));
    }

    [Fact]
    public void The_fonts_the_charts_need_are_installed_here()
    {
        ChartFonts.Require(ChartLanguage.En);
        ChartFonts.Require(ChartLanguage.Zh);
    }
}
