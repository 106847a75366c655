using Rdsim.Orleans.Engine;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Engine;

/// <summary>Runs on one silo at the same time keep to their own grains (every key starts with the run id).</summary>
[Collection(OneSiloCollection.Name)]
public sealed class ConcurrentRunTests(OneSiloFixture fixture)
{
    [Fact]
    public async Task TwoDifferentRunsAtOnce_EachGetsItsSoloResult()
    {
        var first = TestInputs.Create(firms: 500, replications: 2, feedback: true, seed: 7);
        var second = TestInputs.Create(firms: 400, replications: 1, feedback: false, seed: 8, warmup: 1);
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 3, MaxYearsPerCall = 2 });

        var results = await Task.WhenAll(
            engine.RunAsync(first, null, CancellationToken.None),
            engine.RunAsync(second, null, CancellationToken.None));

        ResultAssert.BitIdentical(Reference.Of(first), results[0]);
        ResultAssert.BitIdentical(Reference.Of(second), results[1]);
    }
}
