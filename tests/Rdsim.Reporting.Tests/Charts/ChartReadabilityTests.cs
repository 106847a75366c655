using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Sweeps;
using Rdsim.Reporting.Tests.Support;
using ScottPlot;
using SkiaSharp;

namespace Rdsim.Reporting.Tests.Charts;

/// <summary>Charts that could be misread: unequal heatmap cells, an open bin drawn as a spike, ratio axes far from 0, crowded titles.</summary>
public sealed class ChartReadabilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rdsim-chart-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public void Heatmap_cells_are_equal_one_per_grid_value(int parameters)
    {
        string[] xs = ["0.5", "0.75", "1"];
        string[] ys = parameters == 2 ? ["0.10", "0.15", "0.20"] : [""];
        var points = (from y in Enumerable.Range(0, ys.Length) from x in Enumerable.Range(0, xs.Length)
                      select new SweepSummary(y * xs.Length + x, parameters == 2 ? [xs[x], ys[y]] : [xs[x]], 1 + y * xs.Length + x, 1)).ToList();
        string[] names = parameters == 2 ? ["superDeduction.extraRate", "hnte.rate"] : ["superDeduction.extraRate"];
        var output = SweepHeatmapChart.Draw(new ChartCanvas(_folder, ChartLanguage.En, MoneyUnit.Million), points, names, "cum_bang_for_buck", "Bang", "Bang per yuan", "Test", p => p.BangForBuck, ratio => ratio);

        // Along a pixel row near the top of the data area: one run of one colour per column, all of one width.
        using var png = SKBitmap.Decode(output.Png);
        var cells = Runs(png, y: 70).Where(r => r.Length > 60).ToList();   // the colour bar is narrower
        Assert.Equal(xs.Length, cells.Count);
        Assert.True(cells.Max(c => c.Length) - cells.Min(c => c.Length) <= 3, $"cell widths {string.Join(", ", cells.Select(c => c.Length))} px");
        var svg = File.ReadAllText(output.Svg);
        foreach (var label in xs.Concat(ys).Where(l => l.Length > 0)) Assert.Contains($"\t{label}\n", svg);   // ticks name the values
    }

    [Theory]
    [InlineData(ChartLanguage.En)]
    [InlineData(ChartLanguage.Zh)]
    public void Every_heatmap_says_cumulative_labels_its_colour_bar_and_prints_its_cells_alike(ChartLanguage language)
    {
        // Bang for the buck 0.5, 0.625, 0.75 … : printed "0.50" beside "0.62", not "0.5".
        var points = Enumerable.Range(0, 4).Select(i => new SweepSummary(i, [$"{i % 2}", $"{i / 2}"], 4 + i, 8)).ToList();
        var t = ChartText.For(language, MoneyUnit.Million);
        var outputs = SweepCharts.Draw(_folder, points, ["superDeduction.extraRate", "hnte.rate"], "Test", language, MoneyUnit.Million);

        var heatmaps = outputs.Where(o => o.Name.StartsWith("heatmap_", StringComparison.Ordinal)).ToList();
        Assert.Equal([t.InducedRd, t.Forgone, t.CumulativeBang], heatmaps.Select(h => h.Title.Split(" — ")[0]));
        Assert.All(heatmaps, h => Assert.Contains(language == ChartLanguage.Zh ? "累计" : "Cumulative", h.Title));
        string[] scales = [t.InducedRd, t.Forgone, t.BangAxis];
        foreach (var (heatmap, scale) in heatmaps.Zip(scales)) Assert.Contains($"\t{scale.Replace("&", "&amp;")}\n", File.ReadAllText(heatmap.Svg));
        var bang = File.ReadAllText(heatmaps[2].Svg);
        foreach (var cell in new[] { "0.50", "0.62", "0.75", "0.88" }) Assert.Contains($"\t{cell}\n", bang);
        Assert.DoesNotContain("\t0.5\n", bang);
    }

    [Fact]
    public void Values_of_one_chart_share_their_decimals_chosen_by_the_largest()
    {
        Assert.Equal(["0.50", "0.62", "1.00"], new[] { 0.5, 0.625, 1 }.Select(FixedDecimals.For([0.5, 0.625, 1]).Format));
        Assert.Equal("12.0", FixedDecimals.For([12, 3.25]).Format(12));
        Assert.Equal(["1,235", "3"], new[] { 1234.6, 3.25 }.Select(FixedDecimals.For([1234.6, 3.25, double.NaN]).Format));
        Assert.Equal("–", FixedDecimals.For([1]).Format(double.NaN));
    }

    [Theory]
    [InlineData(ChartLanguage.En)]
    [InlineData(ChartLanguage.Zh)]
    public void The_open_last_bin_is_labelled_as_such_and_not_as_its_lower_edge(ChartLanguage language)
    {
        double[] from = [.. Enumerable.Range(0, 151).Select(i => Math.Round(i * 0.1, 1))];
        double[] with = [.. from.Select(f => f == 15 ? 274 : f == 4 ? 46 : 30.0)];
        double[] without = [.. from.Select(f => f == 15 ? 152 : 30.0)];
        var output = IntensityHistogramChart.Draw(new ChartCanvas(_folder, language, MoneyUnit.Million), new HistogramData(2024, from, with, without), [3, 4, 5], "Test");

        var svg = File.ReadAllText(output.Svg);
        Assert.Contains("≥15%", svg);
        Assert.Contains("\t274\n", svg);   // its counts are written above it
        Assert.Contains("\t152\n", svg);
        Assert.Equal("≥15%", IntensityHistogramChart.OpenBinLabel(15));
        var csv = File.ReadAllLines(output.Csv);
        Assert.Equal("intensity_from,intensity_to,firms_with_incentives,firms_without_incentives", csv[0]);
        Assert.Equal("14.9,15.0,30,30", csv[^2]);
        Assert.Equal("15.0,,274,152", csv[^1]);
    }

    [Fact]
    public void A_ratio_axis_starts_at_zero_and_draws_the_break_even_line()
    {
        var plot = new Plot();
        plot.Add.Scatter(new double[] { 2008, 2016, 2024 }, new double[] { 1.75, 1.9, 2.4 });
        ChartSeries.RatioAxis(plot, ChartText.For(ChartLanguage.En));
        var limits = plot.Axes.GetLimits();
        Assert.Equal(0, limits.Bottom);
        Assert.True(limits.Top > 2.4);
        Assert.Contains(plot.GetPlottables(), p => p is ScottPlot.Plottables.HorizontalLine { Y: 1 });

        var negative = new Plot();
        negative.Add.Scatter(new double[] { 2008, 2024 }, new double[] { -0.5, 0.4 });
        ChartSeries.RatioAxis(negative, ChartText.For(ChartLanguage.En));
        Assert.True(negative.Axes.GetLimits().Bottom <= -0.5);
        Assert.True(negative.Axes.GetLimits().Top > 1);
    }

    [Fact]
    public void Hnte_firms_have_their_own_labelled_axis()
    {
        var years = Years("claimants,hnte_firms", y => $"{2700 + y},{80 + y % 3}");
        var output = FirmCountsChart.Draw(new ChartCanvas(_folder, ChartLanguage.En, MoneyUnit.Million), years, "Test");
        var svg = File.ReadAllText(output.Svg);
        Assert.Equal(3, Count(svg, "HNTE firms"));                  // title, legend and the right axis
        Assert.Equal(2, Count(svg, "Super-deduction claimants"));   // legend and the left axis
    }

    [Theory]
    [InlineData(ChartLanguage.En)]
    [InlineData(ChartLanguage.Zh)]
    public void Compare_titles_keep_to_two_lines_and_the_legend_names_the_scenarios(ChartLanguage language)
    {
        string[] names = ["China 2008-2024", "200% deduction for all from 2015", "HNTE rate 10%",
            "20% incremental credit instead of the deduction", "30% volume credit instead of the deduction"];
        var runs = names.Select((name, i) => StoredRuns.Years(_folder, name, "cum_bang_for_buck,real_rd,cf_real_rd",
            y => string.Create(CultureInfo.InvariantCulture, $"{1.7 + i * 0.1 + y * 0.01},{5000 + 100 * y},{4000 + 90 * y}"))).ToList();
        var canvas = new ChartCanvas(_folder, language, MoneyUnit.Million);
        foreach (var output in new[] { CompareBangChart.Draw(canvas, runs), CompareRealRdChart.Draw(canvas, runs) })
        {
            Assert.True(output.Title.Count(c => c == '\n') <= 1, output.Title);
            Assert.DoesNotContain(names[1], output.Title);
            var svg = File.ReadAllText(output.Svg);
            foreach (var name in names) Assert.Contains(name.Replace("&", "&amp;"), svg);
        }
        Assert.Contains(ChartText.For(language).BreakEven.Replace("&", "&amp;"), File.ReadAllText(Path.Combine(_folder, "compare_bang_for_buck.svg")));
    }

    [Fact]
    public void Long_titles_are_cut_to_two_lines_that_fit_and_chinese_counts_double()
    {
        var title = ChartCanvas.Title("Real R&D by scenario", string.Join(" · ", Enumerable.Range(1, 8).Select(i => $"A rather long scenario name number {i}")));
        var lines = title.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.True(ChartCanvas.DisplayWidth(l) <= 76, l));
        Assert.EndsWith("…", lines[^1]);
        Assert.Equal(6, ChartCanvas.DisplayWidth("年份ab"));
        Assert.Equal("Short — title", ChartCanvas.Title("Short", "title"));
        var chinese = ChartCanvas.Title("各情景的实际研发支出", new string('情', 60));
        Assert.All(chinese.Split('\n'), l => Assert.True(ChartCanvas.DisplayWidth(l) <= 76, l));
    }

    /// <summary>The years 2008–2024 of a run, one replicate, with <paramref name="columns"/> from <paramref name="row"/> (year index).</summary>
    private YearsData Years(string columns, Func<int, string> row) =>
        StoredRuns.Years(_folder, "Test", columns, y => string.Create(CultureInfo.InvariantCulture, $"{row(y)}")).Years;

    private static int Count(string text, string what) => (text.Length - text.Replace(what, "").Length) / what.Length;

    /// <summary>Runs of identical, not white, pixels along row <paramref name="y"/>.</summary>
    private static IEnumerable<(SKColor Color, int Length)> Runs(SKBitmap bitmap, int y)
    {
        var (color, length) = (bitmap.GetPixel(0, y), 0);
        for (var x = 0; x < bitmap.Width; x++)
        {
            var pixel = bitmap.GetPixel(x, y);
            if (pixel == color) { length++; continue; }
            if (color != SKColors.White) yield return (color, length);
            (color, length) = (pixel, 1);
        }
        if (color != SKColors.White) yield return (color, length);
    }
}
