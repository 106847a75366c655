namespace Rdsim.Cli.Tests.Commands;

/// <summary>
/// A --set that resizes a population away from the universe its scenario describes (the national preset: 10,000 firms × 92 =
/// 920,000 enterprises) is warned of by run, compare and sweep, and the brief's universe sentence says the totals are not that
/// universe's. Before: 2,000 firms × 92 reported totals for 184,000 enterprises under a sentence saying "about 920,000".
/// </summary>
public class UniverseSizeTests
{
    private const string Warning = "--set population.firms=100: warning: the totals are for firms × weight = 100 × 92 = 9,200 enterprises, "
        + "not the universe the scenario describes (10,000 × 92 = 920,000); add --set population.weight=9200 to keep it";

    [Fact]
    public void Run_warns_and_its_brief_says_the_totals_are_not_the_described_universe_in_either_language()
    {
        using var rdsim = new Rdsim();
        var en = rdsim.Run(["run", Small.China, .. Small.Set(100), "--engine", "reference", "--no-charts", "--out", "en"]);
        Assert.True(en.ExitCode == 0, en.All);
        Assert.Single(en.Error.Split('\n'), l => l == Warning);
        Assert.Contains("Not that universe in this run: --set population.firms=100 makes the totals those of firms &#215; weight = 100 &#215; 92 = 9,200 enterprises",
            File.ReadAllText(Path.Combine(rdsim.Folder, "en", "brief.html")));

        var zh = rdsim.Run(["run", Small.China, .. Small.Set(100), "--engine", "reference", "--no-charts", "--lang", "zh", "--out", "zh"]);
        Assert.True(zh.ExitCode == 0, zh.All);
        Assert.Contains("--set population.firms=100: 警告: 各项总量对应企业数 × 权重 = 100 × 92 = 9,200家企业", zh.Error);
        Assert.Contains("本次运行并非该总体：--set population.firms=100 使各项总量对应企业数 &#215; 权重 = 100 &#215; 92 = 9,200家企业",
            File.ReadAllText(Path.Combine(rdsim.Folder, "zh", "brief.zh.html")));
    }

    [Fact]
    public void Compare_and_sweep_warn_once_and_a_kept_universe_is_not_warned_of()
    {
        using var rdsim = new Rdsim();
        var compare = rdsim.Run(["compare", Small.China, Small.NoIncentives, .. Small.Set(100), "--no-charts", "--out", "c"]);
        Assert.True(compare.ExitCode == 0, compare.All);
        Assert.Single(compare.Error.Split('\n'), l => l == Warning);
        Assert.Contains("Not that universe in this run", File.ReadAllText(Path.Combine(rdsim.Folder, "c", "brief.html")));

        var sweep = rdsim.Run(["sweep", Small.China, .. Small.Set(100), "--vary", "hnte.rate=0.1,0.15", "--no-charts", "--out", "s"]);
        Assert.True(sweep.ExitCode == 0, sweep.All);
        Assert.Single(sweep.Error.Split('\n'), l => l == Warning);

        var kept = rdsim.Run(["run", Small.China, .. Small.Set(100), "--set", "population.weight=9200", "--engine", "reference", "--no-charts", "--out", "k"]);
        Assert.True(kept.ExitCode == 0, kept.All);
        Assert.DoesNotContain("not the universe", kept.Error);
        Assert.DoesNotContain("Not that universe", File.ReadAllText(Path.Combine(rdsim.Folder, "k", "brief.html")));
    }
}
