using Microsoft.Extensions.DependencyInjection;
using Rdsim.Engine;
using Rdsim.Engine.Results;
using Rdsim.Orleans.Abstractions.Grains;
using Rdsim.Orleans.Engine;
using Rdsim.Orleans.Grains;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Grains;

/// <summary>
/// A population's firm and shard grains serve run after run (a sweep's points) without being activated again, keep nothing
/// of a run that has ended, and give every run the bytes it gives alone — also when grains are lost between runs or years.
/// </summary>
[Collection(OneSiloCollection.Name)]
public sealed class PopulationGrainsTests(OneSiloFixture fixture)
{
    [Fact]
    public async Task A_sweeps_points_share_the_populations_grains_and_each_gives_the_bytes_it_gives_alone()
    {
        var points = Sweeps.Of(TestInputs.Create(firms: 300, replications: 2, feedback: false, seed: 101), 0.5, 0.75, 1.0);
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 3, MaxYearsPerCall = 3 });
        var population = PopulationFingerprint.Of(points[0].Firms);
        var books = Books().Count;   // other tests' runs that lost their coordinator leave theirs until they age out

        var swept = new List<SimulationResult>();
        foreach (var point in points) swept.Add(await engine.RunAsync(point, null, CancellationToken.None));

        Assert.Equal(300, (await ActiveFirms(population)).Count);
        var activity = await Task.WhenAll(Enumerable.Range(0, 300).Select(id => fixture.Cluster.Client.Firm(population, id).Activity()));
        Assert.All(activity, a => Assert.Equal((0, 3), (a.RunsHeld, a.RunsBegun)));
        Assert.Equal(books, Books().Count);
        for (var i = 0; i < points.Count; i++)
        {
            await Deactivate(population);
            var alone = await engine.RunAsync(points[i], null, CancellationToken.None);

            Assert.Equal(ResultFingerprint.Of(alone), ResultFingerprint.Of(swept[i]));
            ResultAssert.BitIdentical(Reference.Of(points[i]), swept[i]);
        }
        ResultAssert.NonTrivial(swept[^1]);
        Assert.NotEqual(ResultFingerprint.Of(swept[0]), ResultFingerprint.Of(swept[^1]));
    }

    [Fact]
    public Task A_run_on_active_grains_steps_every_year_in_one_call_to_each_firm_and_gives_the_references_bytes() =>
        WarmSweep.StepsWarmRunsInOneCallAndMatchesReference(fixture.Cluster.Client, shards: 3, seed: 104);

    [Fact]
    public async Task Grains_lost_between_runs_and_between_years_replay_and_the_results_stay_bit_identical()
    {
        var points = Sweeps.Of(TestInputs.Create(firms: 400, replications: 2, feedback: true, seed: 102), 0.5, 1.0);
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 4 });
        var population = PopulationFingerprint.Of(points[0].Firms);
        var first = await engine.RunAsync(points[0], null, CancellationToken.None);
        var lostBetweenRuns = await Deactivate(population, every: 2);
        var lostMidRun = 0;
        var progress = new SyncProgress(p =>
        {
            if (p.Replicate == 0 && p.Year is 2009 or 2012) lostMidRun += Deactivate(population, every: 3).GetAwaiter().GetResult();
        });

        var second = await engine.RunAsync(points[1], progress, CancellationToken.None);

        Assert.True(lostBetweenRuns > 150 && lostMidRun > 150, $"{lostBetweenRuns} grains lost between the runs, {lostMidRun} within the second");
        ResultAssert.BitIdentical(Reference.Of(points[0]), first);
        ResultAssert.BitIdentical(Reference.Of(points[1]), second);
    }

    [Fact]
    public async Task A_run_that_ends_leaves_no_state_in_its_firms_and_no_setup_on_the_silo_and_a_cancelled_one_lets_its_grains_go()
    {
        var input = TestInputs.Create(firms: 250, replications: 1, feedback: true, seed: 103);
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 2 });
        var population = PopulationFingerprint.Of(input.Firms);
        var before = Books().Count;   // other tests' runs that lost their coordinator leave theirs until they age out
        var held = -1;
        var books = -1;
        var progress = new SyncProgress(p =>
        {
            if (p.Year != 2011) return;
            held = fixture.Cluster.Client.Firm(population, 7).Activity().GetAwaiter().GetResult().RunsHeld;
            books = Books().Count;
        });

        await engine.RunAsync(input, progress, CancellationToken.None);

        Assert.Equal((1, before + 1), (held, books));
        Assert.Equal(250, (await ActiveFirms(population)).Count);
        Assert.All(await Task.WhenAll(Enumerable.Range(0, 250).Select(id => fixture.Cluster.Client.Firm(population, id).Activity())), a => Assert.Equal(0, a.RunsHeld));
        Assert.Equal(before, Books().Count);

        using var cancel = new CancellationTokenSource();
        var cancelling = new SyncProgress(p =>
        {
            if (p.Year == 2010) cancel.Cancel();
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.RunAsync(input, cancelling, cancel.Token));
        await WaitUntil(async () => (await ActiveFirms(population)).Count == 0);
        Assert.Equal(before, Books().Count);
    }

    private RunBooks Books() => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<RunBooks>();

    private async Task<List<GrainId>> ActiveFirms(Guid population) =>
        [.. (await fixture.Cluster.ActiveGrains("rdsim-enterprise")).Where(id => id.ToString().Contains(population.ToString("N"), StringComparison.Ordinal))];

    /// <summary>Deactivates every <paramref name="every"/>-th active firm of the population and all its shards; returns how many.</summary>
    private async Task<int> Deactivate(Guid population, int every = 1)
    {
        var firms = (await ActiveFirms(population)).OrderBy(id => id.ToString()).Where((_, i) => i % every == 0).ToList();
        var shards = (await fixture.Cluster.ActiveGrains("rdsim-shard")).Where(id => id.ToString().Contains(population.ToString("N"), StringComparison.Ordinal)).ToList();
        foreach (var id in firms.Concat(shards)) await fixture.Cluster.DeactivateAsync(id);
        return firms.Count + shards.Count;
    }

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);   // deactivation is slow on a loaded 2-core machine
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "still not so after 30 s");
            await Task.Delay(50);
        }
    }
}
