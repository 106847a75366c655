using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Scenarios.Registry;

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
}
