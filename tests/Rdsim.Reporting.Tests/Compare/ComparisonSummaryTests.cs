using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Compare;
using Rdsim.Reporting.Data;

namespace Rdsim.Reporting.Tests.Compare;

/// <summary>Issue #16, point 1: the comparison brief's paragraph is made from the numbers, its words following their signs.</summary>
public class ComparisonSummaryTests
{
    private static readonly Headline Baseline = new(100_000, 30_000, 100_000 / 30_000.0, 0.25, 0.7, 80_000, 300_000);

    private static HeadlineDifference Against(double induced, double forgone, double hnte = 80_000, double claimants = 300_000) =>
        new(null, Baseline, new Headline(induced, forgone, induced / forgone, 0.3, 0.72, hnte, claimants));

    [Fact]
    public void More_R_and_D_for_more_forgone_gives_the_marginal_ratio_against_the_baseline_s()
    {
        var text = ComparisonSummary.Of("200% from 2018", "Baseline", 2008, 2024, Against(124_886, 37_239, 81_000, 299_500), ChartLanguage.En, MoneyUnit.Million);
        Assert.Equal("Against “Baseline”, “200% from 2018” adds 24,886 mn CNY of induced real R&D over 2008–2024 for 7,239 mn CNY more revenue forgone: "
            + "3.44 yuan of R&D per extra yuan forgone, above the baseline's 3.33 per yuan forgone. "
            + "Relabelled share of induced reported R&D: 30.0% (baseline 25.0%). Deadweight share of relief: 72.0% (baseline 70.0%). "
            + "In 2024, against the baseline: HNTE firms +1,000, claimants -500.", text);
    }

    [Fact]
    public void Less_R_and_D_for_more_forgone_says_removes_and_below()
    {
        var text = ComparisonSummary.Of("HNTE 10%", "Baseline", 2008, 2024, Against(98_024, 31_693), ChartLanguage.En, MoneyUnit.Million);
        Assert.Contains("“HNTE 10%” removes 1,976 mn CNY of induced real R&D over 2008–2024 for 1,693 mn CNY more revenue forgone: "
            + "-1.17 yuan of R&D per extra yuan forgone, below the baseline's 3.33 per yuan forgone.", text);
        Assert.Contains("HNTE firms 0, claimants 0.", text);
    }

    [Fact]
    public void Less_forgone_says_what_each_yuan_saved_gives_up_or_that_more_comes_for_less()
    {
        var cut = ComparisonSummary.Of("Cut", "Baseline", 2008, 2024, Against(80_000, 20_000), ChartLanguage.En, MoneyUnit.Million);
        Assert.Contains("removes 20,000 mn CNY of induced real R&D over 2008–2024 with 10,000 mn CNY less revenue forgone: 2.00 yuan of R&D given up per yuan of revenue saved, below the baseline's 3.33", cut);
        var better = ComparisonSummary.Of("Better", "Baseline", 2008, 2024, Against(110_000, 25_000), ChartLanguage.En, MoneyUnit.Million);
        Assert.Contains("adds 10,000 mn CNY of induced real R&D over 2008–2024 with 5,000 mn CNY less revenue forgone: more R&D for less revenue.", better);
        var same = ComparisonSummary.Of("Same", "Baseline", 2008, 2024, Against(100_000.2, 30_000.4), ChartLanguage.En, MoneyUnit.Million);
        Assert.Contains("leaves induced real R&D unchanged over 2008–2024 with revenue forgone unchanged.", same);   // differences that round to 0 are none
    }

    [Fact]
    public void The_Chinese_paragraph_says_the_same_in_Chinese()
    {
        var text = ComparisonSummary.Of("200% from 2018", "Baseline", 2008, 2024, Against(124_886, 37_239), ChartLanguage.Zh, MoneyUnit.HundredMillion);
        Assert.StartsWith("2008–2024年，与“Baseline”相比，“200% from 2018”累计带动的实际研发增加248.9亿元，税式支出增加72.4亿元："
            + "每增加1元税式支出带动研发3.44元，高于基准每元税式支出带动的3.33元。", text);
        Assert.Contains("2024年，与基准相比", text);
    }
}
