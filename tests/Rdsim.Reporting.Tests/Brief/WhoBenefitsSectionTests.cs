using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Data;

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
            var charts = RunCharts.Draw(run, folder, language, MoneyUnit.Million);
            var brief = File.ReadAllText(BriefWriter.Write(run, folder, charts, language, MoneyUnit.Million));
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

    [Theory]
    [InlineData(ChartLanguage.En)]
    [InlineData(ChartLanguage.Zh)]
    public async Task A_group_on_which_no_revenue_was_forgone_shows_no_bang_for_the_buck_and_the_note_says_why(ChartLanguage language)
    {
        // Before: such groups showed a ratio to nothing or to revenue gained (tobacco −1.44, wholesale −0.64).
        var run = await SmallRuns.ChinaFrom2015(firms: 300, replications: 1);
        var none = WhoBenefits.Of(run.Groups).Where(g => g.RevenueForgone <= 0).ToList();
        Assert.NotEmpty(none);   // sectors without R&D (wholesale, real estate) get no relief

        var tables = WhoBenefitsMarkdown.Tables(run, language, MoneyUnit.Million).Split('\n');

        foreach (var g in none)
        {
            var row = tables.First(l => l.StartsWith($"| {MarkdownText.Escape(GroupLabels.Group(language, g.Kind, g.Group))} |", StringComparison.Ordinal));
            Assert.EndsWith("| – |", row);
        }
        Assert.Contains(MarkdownText.Escape(ChartText.For(language).NoBangForBuck), tables);
        Assert.All(WhoBenefits.Of(run.Groups).Where(g => g.RevenueForgone > 0), g => Assert.True(double.IsFinite(g.BangForBuck)));
    }
}
