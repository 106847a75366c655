using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Scenarios.Tests.Loading;

public sealed class BundledScenarioTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        // Sweep files (sweep-*.yaml: base + vary) are not scenarios; the sweep tests cover them.
        foreach (var f in Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml", SearchOption.AllDirectories)
                     .Where(f => !Path.GetFileName(f).StartsWith("sweep", StringComparison.Ordinal)).Order())
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Scenarios, f));
        }
        return data;
    }

    // Declared before ExpectedWarnings, which reads it (static fields initialise in order).
    private static readonly string[] NationalFit =
    [
        "population.sectors.tobacco.marginMean", "population.copula.sizeRdPerformer", "hnte.minRdStaffShare", "superDeduction.claimCost",
    ];

    /// <summary>
    /// Advisory warnings a bundled scenario is known to raise, and why they stay (README, "How well does it fit?"). The
    /// Ningbo fit raises none. The national fit pushes margins up (tobacco's above 0.3), to certify as many HNTEs as it can
    /// (real HNTEs pay tax), the correlation of size with doing R&amp;D above 0.9 and the 2016 staff test below 5% (on the
    /// model's R&amp;D staff share), to put more firms at the HNTE tests, and the claim cost before 2016 above 0.2 mn CNY, to keep
    /// the claimants of 2015 down; every scenario that extends it inherits them.
    /// </summary>
    private static readonly Dictionary<string, string[]> ExpectedWarnings = new()
    {
        ["ningbo-2013.yaml"] = [],
        ["china-2008-2024.yaml"] = NationalFit,
        ["no-incentives.yaml"] = NationalFit,
        ["reform-200pct-from-2015.yaml"] = NationalFit,
        ["reform-hnte-10pct.yaml"] = NationalFit,
        ["reform-incremental-credit-20pct.yaml"] = NationalFit,
        ["reform-volume-credit-30pct.yaml"] = NationalFit,
    };


    [Theory]
    [MemberData(nameof(Files))]
    public void Every_bundled_scenario_loads_without_errors_or_unexpected_warnings(string file)
    {
        var loaded = ScenarioLoader.Load(RepositoryPaths.Scenario(file), []);
        Assert.False(string.IsNullOrWhiteSpace(loaded.Name));
        Assert.Equal(64, loaded.ContentHash.Length);
        Assert.Equal(ExpectedWarnings.GetValueOrDefault(file, []), loaded.Warnings.Select(w => w.Path));
    }

    [Fact]
    public void China_preset_encodes_the_policy_history()
    {
        var s = ScenarioLoader.Load(RepositoryPaths.Scenario("china-2008-2024.yaml"), []);
        Assert.Equal((2008, 2024, 5, 20240101UL, 1), (s.Run.FirstYear, s.Run.LastYear, s.Run.WarmupYears, s.Run.Seed, s.Run.Replications));
        Assert.Equal(10000, s.Population.Firms);
        int Id(string key) => Sectors.Find(key)!.Id;
        YearPolicy At(int year) => s.Policy.At(year);

        Assert.All(Enumerable.Range(2008, 17), y => Assert.Equal(0.25, At(y).StandardRate));
        Assert.Equal(0.15, At(2010).HnteRate);
        Assert.Same(IntensityBands.Rules2008, At(2015).IntensityBands);
        Assert.Same(IntensityBands.Rules2016, At(2016).IntensityBands);

        Assert.Equal(0.5, At(2017).ExtraRateFor(Id("software")));
        Assert.Equal(0.75, At(2018).ExtraRateFor(Id("software")));
        Assert.Equal(0.75, At(2020).ExtraRateFor(Id("machinery")));
        Assert.Equal(1.0, At(2021).ExtraRateFor(Id("machinery")));
        Assert.Equal(1.0, At(2021).ExtraRateFor(Id("integratedCircuits")));
        Assert.Equal(0.75, At(2022).ExtraRateFor(Id("software")));
        Assert.Equal(1.0, At(2023).ExtraRateFor(Id("software")));
        Assert.Equal(1.2, At(2023).ExtraRateFor(Id("integratedCircuits")));
        Assert.Equal(1.2, At(2024).ExtraRateFor(Id("machineTools")));
        Assert.Equal(1.0, At(2024).ExtraRateFor(Id("electronics")));

        foreach (var key in new[] { "tobacco", "accommodationCatering", "wholesaleRetail", "realEstate", "leasingBusinessServices", "entertainment" })
        {
            Assert.Equal(0, At(2023).ExtraRateFor(Id(key)));
        }
        Assert.Equal(5, At(2017).HnteLossCarryForwardYears);
        Assert.Equal(10, At(2018).HnteLossCarryForwardYears);
        Assert.Equal(5, At(2024).LossCarryForwardYears);
        // Warm-up years run under the first year's policy.
        Assert.Equal(0.5, s.Policy.At(2004).ExtraRate);
    }

    [Fact]
    public void No_incentives_preset_switches_every_incentive_off_and_keeps_the_rest()
    {
        var china = ScenarioLoader.Load(RepositoryPaths.Scenario("china-2008-2024.yaml"), []);
        var none = ScenarioLoader.Load(RepositoryPaths.Scenario("no-incentives.yaml"), []);
        Assert.Equal(china.Run, none.Run);
        Assert.Equal(china.Population, none.Population);
        for (var year = 2008; year <= 2024; year++)
        {
            var p = none.Policy.At(year);
            Assert.False(p.HnteEnabled);
            Assert.False(p.SuperDeductionEnabled);
            Assert.Equal(0, p.VolumeCreditRate);
            Assert.Equal(0, p.IncrementalCreditRate);
            Assert.All(Sectors.All, s => Assert.Equal(0, p.ExtraRateFor(s.Id)));
            Assert.Equal(china.Policy.At(year).StandardRate, p.StandardRate);
        }
        Assert.NotEqual(china.ContentHash, none.ContentHash);
    }
}
