using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Reporting.Tests.Support;

namespace Rdsim.Reporting.Tests.Charts;

public class TornadoChartTests
{
    [Fact]
    public void The_chart_lists_its_bars_in_swing_order_and_is_drawn_as_png_and_svg()
    {
        var folder = Directory.CreateTempSubdirectory("rdsim-tornado-").FullName;
        try
        {
            var output = TornadoChart.Draw(new ChartCanvas(folder, ChartLanguage.En), SensitivityExample.Analysis(), SensitivityMetric.BangForBuck);
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
