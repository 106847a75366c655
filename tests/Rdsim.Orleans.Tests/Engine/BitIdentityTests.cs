using Rdsim.Orleans.Engine;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Engine;

/// <summary>The Orleans engine returns the reference engine's results to the last bit.</summary>
[Collection(OneSiloCollection.Name)]
public sealed class BitIdentityTests(OneSiloFixture fixture)
{
    [Fact]
    public async Task OneSilo_WithFeedback_MatchesReferenceForEveryReplicateAndTheCounterfactual()
    {
        var input = TestInputs.Create(firms: 700, replications: 2, feedback: true);
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 5, FirmCallConcurrency = 16 });

        var result = await engine.RunAsync(input, null, CancellationToken.None);

        ResultAssert.NonTrivial(result);
        Assert.NotEqual(1.0, result.Replicates[0].Years[^1].ScenarioRdInputPrice);
        ResultAssert.BitIdentical(Reference.Of(input), result);
    }

    [Fact]
    public async Task OneSilo_WithoutFeedback_StepsSeveralYearsPerCallAndMatchesReference()
    {
        var input = TestInputs.Create(firms: 500, replications: 3, feedback: false);
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 3, MaxYearsPerCall = 3 });

        var result = await engine.RunAsync(input, null, CancellationToken.None);

        ResultAssert.NonTrivial(result);
        ResultAssert.BitIdentical(Reference.Of(input), result);
    }

    [Fact]
    public async Task OneSilo_WithTurnoverAndFeedback_MatchesReference()
    {
        var input = TestInputs.Create(firms: 600, replications: 2, feedback: true, turnover: true);
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 4, FirmCallConcurrency = 16 });

        var result = await engine.RunAsync(input, null, CancellationToken.None);

        ResultAssert.NonTrivial(result);
        var firms = result.Replicates[0].Years.Select(y => y.Scenario.Total[Rdsim.Model.Aggregation.CountMetric.Firms]).ToList();
        Assert.True(firms.Distinct().Count() > 1, $"the firm count should change with entry and exit: {string.Join(", ", firms)}");
        ResultAssert.BitIdentical(Reference.Of(input), result);
    }

    [Fact]
    public async Task OneSilo_WithTechnologyEntrants_MatchesReference()
    {
        var input = TestInputs.Create(firms: 600, replications: 2, feedback: false, technologyEntrants: true);
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 3 });

        var result = await engine.RunAsync(input, null, CancellationToken.None);

        ResultAssert.NonTrivial(result);
        ResultAssert.BitIdentical(Reference.Of(input), result);
    }

    [Fact]
    public async Task MoreShardsThanFirms_MatchesReference()
    {
        var input = TestInputs.Create(firms: 5, replications: 1, warmup: 0);
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 8 });

        var result = await engine.RunAsync(input, null, CancellationToken.None);

        ResultAssert.BitIdentical(Reference.Of(input), result);
    }
}
