using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Scenarios.Registry;
using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Brief;

public sealed class BriefTextTests
{
    [Fact]
    public void Every_registry_unit_has_a_Chinese_name()
    {
        var chinese = BriefText.For(ChartLanguage.Zh, MoneyUnit.HundredMillion);
        var missing = ParameterRegistry.All.Select(p => p.Unit).Where(u => u.Length > 0).Distinct().Where(u => chinese.ParameterUnit(u) == u).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Amounts_are_printed_in_the_unit_and_the_headline_note_names_it()
    {
        Assert.Equal("12,345.7", MoneyUnit.HundredMillion.Text(1_234_567));
        Assert.Equal("+1,234,567", MoneyUnit.Million.Signed(1_234_567));
        Assert.Equal("-12,346", MoneyUnit.TenThousand.Signed(-123.456));
        Assert.Equal("–", MoneyUnit.HundredMillion.Text(double.NaN));
        Assert.Contains("金额单位为亿元", BriefText.For(ChartLanguage.Zh, MoneyUnit.HundredMillion).HeadlineNote);
        Assert.Contains("money in 10k CNY", BriefText.For(ChartLanguage.En, MoneyUnit.TenThousand).HeadlineNote);
        Assert.Equal("累计税式支出（万元）", ChartText.For(ChartLanguage.Zh, MoneyUnit.TenThousand).Forgone);
    }

    [Fact]
    public void A_Chinese_brief_writes_its_asides_and_labels_with_full_width_brackets_and_colons()
    {
        var run = SmallRuns.ChinaResult;
        var zh = ChartText.For(ChartLanguage.Zh, MoneyUnit.HundredMillion);
        var headline = BriefMarkdown.Headline(run, zh, BriefText.For(ChartLanguage.Zh, MoneyUnit.HundredMillion));
        var standing = ScenarioStanding.Html(run.Manifest, ChartLanguage.Zh);
        Assert.Contains("每元税收优惠撬动的研发投入（累计）", headline);
        Assert.Contains($"（{run.Manifest.LastYear}）", headline);
        Assert.Contains("校准情况：", standing);
        Assert.Contains("模拟对象：", standing);
        Assert.DoesNotContain("(累计)", headline);
        Assert.DoesNotContain($"({run.Manifest.LastYear})", headline);
        Assert.DoesNotContain(":</strong>", standing);

        var en = ChartText.For(ChartLanguage.En, MoneyUnit.Million);
        Assert.Contains($"{en.BangForBuck} (cumulative)", BriefMarkdown.Headline(run, en, BriefText.For(ChartLanguage.En, MoneyUnit.Million)), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<strong>Population:</strong>", ScenarioStanding.Html(run.Manifest, ChartLanguage.En));
    }
}
