using Rdsim.Orleans.Abstractions.Grains;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Grains;

/// <summary>A run's grain keys start with the run id, so two runs never share a grain, and a grain reads its own key back.</summary>
[Collection(OneSiloCollection.Name)]
public sealed class GrainKeysTests(OneSiloFixture fixture)
{
    [Fact]
    public void A_firm_and_a_shard_read_back_their_run_and_index()
    {
        var (grains, run) = (fixture.Cluster.Client, Guid.NewGuid());

        Assert.Equal((run, 1234), GrainKeys.Parse(grains.Firm(run, 1234)));
        Assert.Equal((run, 5), GrainKeys.Parse(grains.Shard(run, 5)));
        Assert.Equal(run, grains.Coordinator(run).GetPrimaryKey());
    }

    [Fact]
    public void The_same_firm_of_two_runs_is_two_grains()
    {
        var grains = fixture.Cluster.Client;
        var (first, second) = (grains.Firm(Guid.NewGuid(), 7), grains.Firm(Guid.NewGuid(), 7));

        Assert.NotEqual(first.GetGrainId(), second.GetGrainId());
        Assert.Equal(first.GetGrainId(), grains.Firm(GrainKeys.Parse(first).RunId, 7).GetGrainId());
    }
}
