using Rdsim.Orleans.Abstractions.Grains;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Grains;

/// <summary>
/// Shards and firms are keyed by the population, so the runs on one population share them and other populations never do; a
/// shard's key holds its count (runs over other counts have other ranges); a grain reads its own key back.
/// </summary>
[Collection(OneSiloCollection.Name)]
public sealed class GrainKeysTests(OneSiloFixture fixture)
{
    [Fact]
    public void A_firm_and_a_shard_read_back_their_population_and_index()
    {
        var (grains, population, run) = (fixture.Cluster.Client, Guid.NewGuid(), Guid.NewGuid());

        Assert.Equal((population, 1234), GrainKeys.Parse(grains.Firm(population, 1234)));
        Assert.Equal((population, 5, 16), GrainKeys.Parse(grains.Shard(population, 5, 16)));
        Assert.Equal(run, grains.Coordinator(run).GetPrimaryKey());
    }

    [Fact]
    public void The_same_firm_of_two_populations_is_two_grains_and_of_one_population_one()
    {
        var grains = fixture.Cluster.Client;
        var population = Guid.NewGuid();
        var (first, second) = (grains.Firm(population, 7), grains.Firm(Guid.NewGuid(), 7));

        Assert.NotEqual(first.GetGrainId(), second.GetGrainId());
        Assert.Equal(first.GetGrainId(), grains.Firm(population, 7).GetGrainId());
        Assert.NotEqual(grains.Shard(population, 1, 4).GetGrainId(), grains.Shard(population, 1, 8).GetGrainId());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(int.MaxValue)]
    public void A_firm_made_like_a_sibling_is_the_firm_made_the_ordinary_way(int firmId)
    {
        var grains = fixture.Cluster.Client;
        var population = Guid.NewGuid();
        var firm = grains.Firm(grains.Firm(population, 3), population, firmId);

        Assert.Equal(grains.Firm(population, firmId).GetGrainId(), firm.GetGrainId());
        Assert.Equal(grains.Firm(population, firmId), firm);
    }
}
