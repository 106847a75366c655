using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Reporting.Sweeps;
using Rdsim.Scenarios.Sweeps;
using SkiaSharp;

namespace Rdsim.Reporting.Tests.Charts;

/// <summary>
/// Sweep and sensitivity charts of runs whose bang for the buck is undefined (no revenue forgone: a scenario without incentives)
/// are drawn, not thrown on: ScottPlot refuses a heatmap without a finite cell and axes at NaN.
/// </summary>
public sealed class UndefinedValueChartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rdsim-undefined-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string[] Parameters = ["hnte.rate", "superDeduction.extraRate"];

    /// <summary>A 2 × 2 grid whose points forgo <paramref name="forgone"/> (in point order) and induce 3 each.</summary>
    private static List<SweepSummary> Grid(params double[] forgone) =>
        [.. forgone.Select((f, i) => new SweepSummary(i, [$"{i % 2}", $"{i / 2}"], f == 0 ? 0 : 3, f))];

    [Theory]
    [InlineData(ChartLanguage.En)]
    [InlineData(ChartLanguage.Zh)]
    public void A_sweep_without_revenue_forgone_draws_grey_dashed_cells_and_says_why(ChartLanguage language)
    {
        var outputs = SweepCharts.Draw(_folder, Grid(0, 0, 0, 0), Parameters, "No incentives", language, MoneyUnit.Million);

        var bang = outputs.Single(o => o.Name == "heatmap_cum_bang_for_buck");
        var svg = File.ReadAllText(bang.Svg);
        Assert.Contains(ChartText.For(language).NoBangAtAnyPoint, svg);
        Assert.Equal(4, svg.Split("\t–\n").Length - 1);
        Assert.DoesNotContain(ChartText.For(language).BangAxis.Replace("&", "&amp;"), svg);   // no colour bar of nothing
        Assert.All(File.ReadAllLines(bang.Csv)[1..], row => Assert.EndsWith(",", row));   // the CSV leaves them empty
        using var png = SKBitmap.Decode(bang.Png);
        Assert.True(Pixels(png).Count(IsLightGrey) > 50_000, "the undefined cells are grey");
        Assert.All(outputs, o => Assert.True(File.Exists(o.Png)));   // the frontier of points all at the origin too
    }

    [Fact]
    public void A_sweep_with_some_undefined_points_colours_the_others_and_greys_those()
    {
        var outputs = SweepCharts.Draw(_folder, Grid(0, 2, 4, 6), Parameters, "Mixed", ChartLanguage.En, MoneyUnit.Million);

        var bang = outputs.Single(o => o.Name == "heatmap_cum_bang_for_buck");
        var svg = File.ReadAllText(bang.Svg);
        Assert.Single(svg.Split("\t–\n")[1..]);
        foreach (var cell in new[] { "1.50", "0.75", "0.50" }) Assert.Contains($"\t{cell}\n", svg);
        Assert.Contains(ChartText.For(ChartLanguage.En).BangAxis.Replace("&", "&amp;"), svg);
        Assert.DoesNotContain(ChartText.For(ChartLanguage.En).NoBangAtAnyPoint, svg);
        using var png = SKBitmap.Decode(bang.Png);
        Assert.True(Pixels(png).Count(IsLightGrey) > 10_000, "the undefined cell is grey");
    }

    [Theory]
    [InlineData(ChartLanguage.En)]
    [InlineData(ChartLanguage.Zh)]
    public void A_tornado_of_a_metric_undefined_in_the_base_run_has_no_bars_and_says_why(ChartLanguage language)
    {
        var outputs = SensitivityCharts.Draw(_folder, Sensitivity(double.NaN, double.NaN, 1.2), language, MoneyUnit.Million);

        var svg = File.ReadAllText(outputs.Single(o => o.Name == "tornado_cum_bang_for_buck").Svg);
        Assert.Contains(ChartText.For(language).UndefinedInBaseRun.Split('\n')[0], svg);
        Assert.Contains("a.rate", svg);
        Assert.DoesNotContain("NaN", svg);
    }

    [Fact]
    public void A_tornado_end_where_the_metric_is_undefined_is_labelled_with_a_dash()
    {
        var outputs = SensitivityCharts.Draw(_folder, Sensitivity(1.0, double.NaN, 1.2), ChartLanguage.En, MoneyUnit.Million);

        var svg = File.ReadAllText(outputs.Single(o => o.Name == "tornado_cum_bang_for_buck").Svg);
        Assert.Contains("\t1 (–)\n", svg);
        Assert.Contains("\t2\n", svg);
        Assert.DoesNotContain(ChartText.For(ChartLanguage.En).UndefinedInBaseRun.Split('\n')[0], svg);
    }

    /// <summary>One parameter, <c>a.rate</c> from 1 to 2, and bang for the buck <paramref name="centre"/> at the base and the given ends.</summary>
    private static SensitivityResult Sensitivity(double centre, double low, double high)
    {
        static SensitivityPoint Point(string? parameter, SensitivityEnd? end, string value, double bang) =>
            new(parameter, end, value, [bang, 0, 0, double.NaN], parameter is null ? "base" : $"{parameter}-{end}");
        return new SensitivityResult("No incentives", Point(null, null, "", centre),
            [Point("a.rate", SensitivityEnd.Low, "1", low), Point("a.rate", SensitivityEnd.High, "2", high)]);
    }

    private static IEnumerable<SKColor> Pixels(SKBitmap png) => png.Pixels;

    private static bool IsLightGrey(SKColor c) => c.Red == c.Green && c.Green == c.Blue && c.Red is >= 200 and <= 215;
}
