using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;

using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Brief;

/// <summary>The brief's Who benefits section: its tables by tax status, size class and sector, and its chart, in both languages.</summary>
public class WhoBenefitsSectionTests
{
    [Theory]
    [InlineData(ChartLanguage.En, "<h2>Who benefits</h2>", "Electronics &amp; communication equipment", "Would pay no tax (loss)")]
    [InlineData(ChartLanguage.Zh, "<h2>谁从激励政策中受益</h2>", "计算机、通信和其他电子设备制造业", "不纳税（亏损）")]
    public async Task The_brief_shows_who_benefits_with_its_tables_and_chart(ChartLanguage language, string heading, string sector, string status)
    {
        var run = await SmallRuns.ChinaFrom2015(firms: 300, replications: 1);
        var folder = Directory.CreateTempSubdirectory("rdsim-brief-").FullName;
        try
        {
            var charts = RunCharts.Draw(run, folder, language);
            var brief = File.ReadAllText(BriefWriter.Write(run, folder, charts, language));
            var t = ChartText.For(language);
            var section = brief.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(section > 0, "no Who benefits section");
            var after = brief[section..];
            Assert.Contains(sector, after);
            Assert.Contains(status, after);
            Assert.Contains($"<th>{t.BySize}</th>", after);
            // The chart is drawn once, in this section, not among the charts above it.
            Assert.Contains($"charts/{WhoBenefitsChart.Name}.csv", after);
            Assert.DoesNotContain($"charts/{WhoBenefitsChart.Name}.csv", brief[..section]);
            var svg = File.ReadAllText(Path.Combine(folder, RunCharts.Folder, WhoBenefitsChart.Name + ".svg"));
            Assert.Contains(sector, svg);
            Assert.Contains(t.ReliefShare, svg);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
