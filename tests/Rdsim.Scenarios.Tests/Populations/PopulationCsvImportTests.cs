using Rdsim.Model.Firms;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Scenarios.Tests.Populations;

public sealed class PopulationCsvImportTests
{
    private static readonly Rdsim.Model.Simulation.ModelParameters Model = TestModels.Model();
    private static readonly TraitSampler Sampler = new(Model.SectorProfiles, Model.Correlations);

    [Fact]
    public void Missing_columns_are_drawn_as_for_a_synthetic_firm_with_the_same_id_and_sector()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("firms.csv", "sector,revenue\nsoftware,120\nmachinery,8.5\n");
        var population = PopulationCsv.Read(path, Model, 17);

        for (var id = 0; id < 2; id++)
        {
            var drawn = Sampler.Draw(17, id, population.Traits[id].SectorId);
            Assert.Equal(drawn with { Revenue0 = population.Traits[id].Revenue0, RegionId = population.Traits[id].RegionId }, population.Traits[id]);
            Assert.Equal(population.Identities[id].Region, population.Regions[population.Traits[id].RegionId]);
        }
        Assert.Equal(Sectors.Find("software")!.Id, population.Traits[0].SectorId);
        Assert.Equal(8.5, population.Traits[1].Revenue0);

        var synthetic = new FirmNamer(17);
        Assert.Equal(synthetic.Identify(population.Traits[0]), (population.Identities[0].Name, population.Identities[0].Region));
        Assert.All(population.Identities, i => Assert.Null(i.ExternalId));
    }

    [Fact]
    public void Given_values_are_kept_and_the_rest_is_drawn()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("firms.csv",
            "id,name,region,sector,revenue,margin,high_tech_share,core_ip\n" +
            "A-1,宁波恒达精密机械有限公司,宁波,machinery,45.5,-0.02,0.75,TRUE\n" +
            "A-2,,温州,chemicals,3,,,0\n");
        var population = PopulationCsv.Read(path, Model, 4);

        var first = population.Traits[0];
        var drawn = Sampler.Draw(4, 0, first.SectorId);
        Assert.Equal((45.5, -0.02, 0.75, true), (first.Revenue0, first.Margin, first.HighTechShare, first.HasCoreIp));
        Assert.Equal((drawn.LatentIntensity, drawn.RdStaffShare), (first.LatentIntensity, first.RdStaffShare));
        Assert.Equal(new FirmIdentity("宁波恒达精密机械有限公司", "宁波", "A-1"), population.Identities[0]);

        Assert.Equal("温州", population.Identities[1].Region);
        Assert.StartsWith("温州", population.Identities[1].Name);
        Assert.EndsWith("有限公司", population.Identities[1].Name);
        Assert.False(population.Traits[1].HasCoreIp);
        Assert.Equal("A-2", population.Identities[1].ExternalId);
    }

    [Fact]
    public void The_high_tech_industry_flag_is_kept_when_given_and_else_follows_the_given_share()
    {
        using var dir = new TempDirectory();
        var model = Model with { SectorProfiles = Model.SectorProfiles.Select(p => p with { HighTechIndustryShare = 0.5 }).ToArray() };
        var path = dir.Write("firms.csv",
            "sector,revenue,high_tech_share,high_tech_industry\n" +
            "machinery,40,0.01,true\n" +
            "machinery,40,0.99,0\n" +
            "machinery,40,0.99,\n" +
            "machinery,40,0.01,\n");
        var traits = PopulationCsv.Read(path, model, 4).Traits;

        Assert.Equal([true, false, true, false], traits.Select(t => t.InHighTechIndustry));
    }

    [Fact]
    public void A_given_latent_intensity_fixes_whether_missing_rd_traits_are_those_of_a_performer()
    {
        using var dir = new TempDirectory();
        var rows = string.Concat(Enumerable.Range(0, 400).Select(i => i % 2 == 0 ? "electronics,50,0\n" : "electronics,50,0.03\n"));
        var population = PopulationCsv.Read(dir.Write("firms.csv", "sector,revenue,latent_intensity\n" + rows), Model, 8);

        var nonPerformers = population.Traits.Where(t => t.Id % 2 == 0).ToList();
        var performers = population.Traits.Where(t => t.Id % 2 == 1).ToList();
        Assert.All(nonPerformers, t => Assert.Equal((0.0, 0.0, false), (t.LatentIntensity, t.RdStaffShare, t.HasCoreIp)));
        Assert.All(performers, t => Assert.True(t.RdStaffShare > 0));
        Assert.All(performers, t => Assert.Equal(0.03, t.LatentIntensity));
        Assert.Contains(performers, t => t.HasCoreIp);
    }

    [Fact]
    public void Generated_names_avoid_names_given_in_the_file()
    {
        using var dir = new TempDirectory();
        var generated = PopulationCsv.Read(dir.Write("a.csv", "sector,revenue\nmachinery,10\n"), Model, 2).Identities[0];
        var path = dir.Write("b.csv", $"name,region,sector,revenue\n,,machinery,10\n{generated.Name},{generated.Region},software,5\n");
        var population = PopulationCsv.Read(path, Model, 2);
        Assert.NotEqual(population.Identities[0].Name, population.Identities[1].Name);
        Assert.Equal(generated.Name, population.Identities[1].Name);
    }

    [Fact]
    public void Byte_order_mark_whitespace_and_crlf_are_accepted()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("bom.csv", " sector , revenue \r\n software , 1e2 \r\n\r\n", bom: true);
        var population = PopulationCsv.Read(path, Model, 1);
        Assert.Single(population.Traits);
        Assert.Equal(100, population.Traits[0].Revenue0);
    }

    [Fact]
    public void Build_reads_the_scenario_file_with_the_scenario_seed()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("firms.csv", "sector,revenue\nsoftware,120\n");
        var scenario = new Scenario("t", null, dir.File("s.yaml"), new Rdsim.Model.Simulation.RunSettings(2020, 2022, 0, 17, 1), Model,
            null!, new PopulationSpec(0, path), [], "");
        Assert.Equal(PopulationCsv.Read(path, Model, 17).Traits, PopulationBuilder.Build(scenario).Traits);
    }
}
