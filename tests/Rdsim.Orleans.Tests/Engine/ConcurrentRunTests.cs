using Rdsim.Orleans.Engine;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Engine;

/// <summary>
/// Runs on one silo at the same time keep to their own state: runs on other populations to their own grains, runs on the
/// same population to their own state in its grains (by run id), taking turns at its shards.
/// </summary>
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

    [Fact]
    public async Task TwoRunsOnTheSamePopulationAtOnce_EachGetsItsSoloResult()
    {
        var points = Sweeps.Of(TestInputs.Create(firms: 400, replications: 2, feedback: true, seed: 9), 0.5, 1.0);
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 3, FirmCallConcurrency = 8 });

        var results = await Task.WhenAll(points.Select(p => engine.RunAsync(p, null, CancellationToken.None)));

        ResultAssert.BitIdentical(Reference.Of(points[0]), results[0]);
        ResultAssert.BitIdentical(Reference.Of(points[1]), results[1]);
    }
}
