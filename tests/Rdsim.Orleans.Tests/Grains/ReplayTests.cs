using Rdsim.Orleans.Engine;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Grains;

/// <summary>Lost activations are replayed from the coordinator's log; where that is impossible the run fails loudly.</summary>
[Collection(OneSiloCollection.Name)]
public sealed class ReplayTests(OneSiloFixture fixture)
{
    [Fact]
    public async Task FirmsAndShardsDeactivatedMidRun_ReplayTheMissedYears_ResultsStayBitIdentical()
    {
        var input = TestInputs.Create(firms: 600, replications: 2, feedback: true);
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 4 });
        var deactivated = 0;
        var progress = new SyncProgress(p =>
        {
            // After the warm-up's first year and again after the first reported year.
            if (p.Replicate != 0 || (p.Year != 2008 && p.Year != 2010)) return;
            deactivated += DeactivateSome("rdsim-enterprise", every: 3, offset: p.Year % 3).GetAwaiter().GetResult();
            deactivated += DeactivateSome("rdsim-shard", every: 2, offset: 0).GetAwaiter().GetResult();
        });

        var result = await engine.RunAsync(input, progress, CancellationToken.None);

        Assert.True(deactivated > 300, $"only {deactivated} grains were deactivated");
        ResultAssert.BitIdentical(Reference.Of(input), result);
    }

    [Fact]
    public async Task FirmsDeactivatedBetweenBatchedYears_ReplayAndMatchReference()
    {
        var input = TestInputs.Create(firms: 400, replications: 1, feedback: false, warmup: 3);
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 2, MaxYearsPerCall = 3 });
        var deactivated = 0;
        var progress = new SyncProgress(p =>
        {
            if (p.Year == 2007 || p.Year == 2010) deactivated += DeactivateSome("rdsim-enterprise", every: 2, offset: 1).GetAwaiter().GetResult();
        });

        var result = await engine.RunAsync(input, progress, CancellationToken.None);

        Assert.True(deactivated > 100);
        ResultAssert.BitIdentical(Reference.Of(input), result);
    }

    [Fact]
    public async Task CoordinatorLostMidRun_RunFailsWithAClearError()
    {
        var input = TestInputs.Create(firms: 300, replications: 1, feedback: true);
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 2 });
        var progress = new SyncProgress(p =>
        {
            if (p.Year == 2009) DeactivateSome("rdsim-run", every: 1, offset: 0).GetAwaiter().GetResult();
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => engine.RunAsync(input, progress, CancellationToken.None));

        Assert.Contains("unknown to its coordinator", error.Message);
        await ReleaseLeftovers();
    }

    /// <summary>Deactivates every <paramref name="every"/>-th active grain of a type (by key order); returns how many.</summary>
    private async Task<int> DeactivateSome(string grainType, int every, int offset)
    {
        var ids = (await fixture.Cluster.ActiveGrains(grainType)).OrderBy(id => id.Key.ToString()).ToList();
        var victims = ids.Where((_, i) => i % every == offset).ToList();
        foreach (var id in victims)
        {
            await fixture.Cluster.DeactivateAsync(id);
        }
        return victims.Count;
    }

    /// <summary>A run whose coordinator was lost cannot release its firms; a later test must not see them.</summary>
    private async Task ReleaseLeftovers()
    {
        foreach (var type in new[] { "rdsim-enterprise", "rdsim-shard", "rdsim-run" })
        {
            await DeactivateSome(type, every: 1, offset: 0);
        }
    }
}
