using Rdsim.Scenarios.Populations;

namespace Rdsim.Scenarios.Tests.Populations;

/// <summary>
/// Region ids number the region groups of the results: every firm's id names its own region, the namer's list comes first in
/// its order, and a region a file adds comes after it.
/// </summary>
public sealed class RegionIdsTests
{
    private static readonly Rdsim.Model.Simulation.ModelParameters Model = TestModels.Model();

    [Fact]
    public void A_synthetic_firms_region_id_names_its_region_in_the_namers_list_order()
    {
        var population = PopulationBuilder.Synthetic(Model, 7, 500);
        Assert.Equal(ChineseNameParts.NationalRegions, population.Regions);
        Assert.All(population.Traits, t => Assert.Equal(population.Identities[t.Id].Region, population.Regions[t.RegionId]));
        Assert.True(population.Traits.Select(t => t.RegionId).Distinct().Count() > 40, "500 firms should reach most of the 50 regions");
    }

    [Fact]
    public void A_region_a_file_adds_comes_after_the_list_and_the_drawn_ones_keep_their_ids()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("firms.csv", "sector,revenue,region\nsoftware,120,鄞州区\nmachinery,8.5,\nmachinery,9,上海\nsoftware,3,鄞州区\n");
        var population = PopulationCsv.Read(path, Model, 17);

        Assert.Equal([.. ChineseNameParts.NationalRegions, "鄞州区"], population.Regions);
        Assert.Equal([50, 1, 50], population.Traits.Where((_, i) => i != 1).Select(t => t.RegionId));
        Assert.Equal(population.Identities[1].Region, population.Regions[population.Traits[1].RegionId]);
    }
}
