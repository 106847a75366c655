using FsCheck.Xunit;
using Rdsim.Model.Firms;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Scenarios.Tests.Populations;

public sealed class SyntheticPopulationTests
{
    private static readonly Rdsim.Model.Simulation.ModelParameters Model = TestModels.Model();

    [Fact]
    public void Same_seed_gives_identical_traits_and_identities()
    {
        var a = PopulationBuilder.Synthetic(Model, 42, 2_000);
        var b = PopulationBuilder.Synthetic(Model, 42, 2_000);
        Assert.Equal(a.Traits, b.Traits);
        Assert.Equal(a.Identities, b.Identities);
    }

    [Property(MaxTest = 20)]
    public bool Firm_k_does_not_depend_on_population_size(ulong seed, byte smallSize, byte extra)
    {
        var small = PopulationBuilder.Synthetic(Model, seed, smallSize + 1);
        var large = PopulationBuilder.Synthetic(Model, seed, smallSize + 1 + extra);
        return small.Traits.SequenceEqual(large.Traits.Take(small.Traits.Count))
            && small.Identities.SequenceEqual(large.Identities.Take(small.Identities.Count));
    }

    [Fact]
    public void Different_seeds_give_different_firms()
    {
        var a = PopulationBuilder.Synthetic(Model, 1, 500);
        var b = PopulationBuilder.Synthetic(Model, 2, 500);
        Assert.True(a.Traits.Zip(b.Traits).Count(p => p.First == p.Second) < 5);
        Assert.True(a.Identities.Zip(b.Identities).Count(p => p.First.Name == p.Second.Name) < 5);
    }

    [Fact]
    public void Ids_are_dense_and_synthetic_firms_have_no_external_id()
    {
        var population = PopulationBuilder.Synthetic(Model, 7, 300);
        Assert.Equal(Enumerable.Range(0, 300), population.Traits.Select(t => t.Id));
        Assert.All(population.Identities, i => Assert.Null(i.ExternalId));
    }

    [Fact]
    public void Sector_shares_are_about_as_configured()
    {
        const int n = 20_000;
        var population = PopulationBuilder.Synthetic(Model, 2024, n);
        var total = TestModels.Shares.Sum();
        foreach (var sector in Sectors.All)
        {
            var expected = TestModels.Shares[sector.Id] / total;
            var observed = population.Traits.Count(t => t.SectorId == sector.Id) / (double)n;
            var tolerance = 4 * Math.Sqrt(expected * (1 - expected) / n) + 1e-12;
            Assert.True(Math.Abs(observed - expected) <= tolerance, $"{sector.Key}: observed {observed:F4}, expected {expected:F4}");
        }
    }

    [Fact]
    public void High_latent_intensity_goes_with_high_tech_share()
    {
        var performers = PopulationBuilder.Synthetic(Model, 99, 20_000).Traits.Where(t => t.PerformsRd).ToList();
        var median = performers.Select(t => t.LatentIntensity).Order().ElementAt(performers.Count / 2);
        var high = performers.Where(t => t.LatentIntensity > median).Average(t => t.HighTechShare);
        var low = performers.Where(t => t.LatentIntensity <= median).Average(t => t.HighTechShare);
        Assert.True(high > low + 0.1, $"high-intensity firms' high-tech share {high:F3} vs low {low:F3}");
    }

    [Fact]
    public void Names_are_unique_chinese_company_names()
    {
        var population = PopulationBuilder.Synthetic(Model, 5, 20_000, ["宁波"]);
        var names = population.Identities.Select(i => i.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.EndsWith("有限公司", n));
        Assert.All(population.Identities, i => Assert.Equal("宁波", i.Region));
        Assert.All(names, n => Assert.StartsWith("宁波", n));
    }

    [Fact]
    public void Large_firms_are_joint_stock_companies_and_names_fit_the_sector()
    {
        var population = PopulationBuilder.Synthetic(Model, 11, 5_000);
        for (var i = 0; i < population.Traits.Count; i++)
        {
            var t = population.Traits[i];
            var name = population.Identities[i].Name;
            Assert.Equal(SizeClasses.Of(t.Revenue0) == SizeClass.Large, name.EndsWith("股份有限公司"));
            Assert.Contains(ChineseNameParts.IndustryWords[Sectors.All[t.SectorId].Key], w => name.Contains(w));
            Assert.StartsWith(population.Identities[i].Region, name);
        }
    }

    [Fact]
    public void Every_sector_has_industry_words()
    {
        Assert.All(Sectors.All, s => Assert.NotEmpty(ChineseNameParts.IndustryWords[s.Key]));
    }

    [Fact]
    public void Build_uses_the_scenario_seed_and_size()
    {
        var scenario = new Scenario("t", null, "/x.yaml", new Rdsim.Model.Simulation.RunSettings(2020, 2022, 0, 77, 1), Model,
            null!, new PopulationSpec(250, null), [], "");
        var built = PopulationBuilder.Build(scenario);
        Assert.Equal(PopulationBuilder.Synthetic(Model, 77, 250).Traits, built.Traits);
    }
}
