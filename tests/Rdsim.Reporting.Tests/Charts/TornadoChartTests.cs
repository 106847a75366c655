using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Reporting.Tests.Charts;

public class TornadoChartTests
{
    /// <summary>Three parameters whose ends move bang for the buck (the first metric) by 0.1, 0.6 and 0.3 around a base of 1.</summary>
    private static SensitivityResult Analysis()
    {
        static SensitivityPoint Point(string? parameter, SensitivityEnd? end, string value, double bang) =>
            new(parameter, end, value, [bang, 100 * bang, 100, double.NaN], "");
        return new SensitivityResult("Test", Point(null, null, "", 1.0),
        [
            Point("a.small", SensitivityEnd.Low, "1", 0.95), Point("a.small", SensitivityEnd.High, "2", 1.05),
            Point("b.large", SensitivityEnd.Low, "1", 0.7), Point("b.large", SensitivityEnd.High, "2", 1.3),
            // Both ends lower the metric: the swing is the distance between them, not from the base.
            Point("c.middle", SensitivityEnd.Low, "1", 0.6), Point("c.middle", SensitivityEnd.High, "2", 0.9),
        ]);
    }

    [Fact]
    public void Bars_are_ordered_by_swing_largest_first_and_the_band_spans_every_run()
    {
        var result = Analysis();
        var bars = result.Bars(SensitivityMetric.BangForBuck);
        Assert.Equal(["b.large", "c.middle", "a.small"], bars.Select(b => b.Parameter));
        Assert.Equal(0.6, bars[0].Swing, 12);
        Assert.Equal(0.3, bars[1].Swing, 12);
        Assert.Equal((0.6, 1.3), result.Band(SensitivityMetric.BangForBuck));
        // A metric undefined in every run has no band and no swing.
        Assert.True(double.IsNaN(result.Band(SensitivityMetric.RelabelledShare).Low));
        Assert.All(result.Bars(SensitivityMetric.RelabelledShare), b => Assert.Equal(0, b.Swing));
    }

    [Fact]
    public void The_chart_lists_its_bars_in_swing_order_and_is_drawn_as_png_and_svg()
    {
        var folder = Directory.CreateTempSubdirectory("rdsim-tornado-").FullName;
        try
        {
            var output = TornadoChart.Draw(new ChartCanvas(folder, ChartLanguage.En), Analysis(), SensitivityMetric.BangForBuck);
            var rows = File.ReadAllLines(output.Csv);
            Assert.Equal("parameter,low_value,high_value,cum_bang_for_buck_at_low,cum_bang_for_buck_at_high,swing,cum_bang_for_buck_base", rows[0]);
            Assert.Equal(["b.large", "c.middle", "a.small"], rows[1..].Select(r => r.Split(',')[0]));
            Assert.Contains("b.large", File.ReadAllText(output.Svg));
            Assert.True(new FileInfo(output.Png).Length > 10_000);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
