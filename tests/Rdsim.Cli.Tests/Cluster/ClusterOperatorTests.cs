using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Rdsim.Cli.Tests.Cluster;

/// <summary>
/// The cluster survives its operators: a client killed or stopped mid-run, Redis restarted under live silos, two of
/// three silos killed at once. Real redis-server and <c>rdsim silo</c> processes, a cluster of their own.
/// </summary>
[Collection(OwnClusterCollection.Name)]
[Trait("Category", "Cluster")]
public sealed class ClusterOperatorTests(OwnClusterFixture cluster)
{
    /// <summary>The README's bound: a run that loses silos goes on, or fails, within 3 minutes of the loss.</summary>
    private static readonly TimeSpan LossBound = TimeSpan.FromMinutes(3);

    /// <summary>The coordinator's client lease (30 s), its check (5 s) and the release itself, with room for a loaded machine.</summary>
    private static readonly TimeSpan ReleaseBound = TimeSpan.FromSeconds(90);

    private string[] Run(string folder) => ["run", .. ClusterRun.Scenario, "--cluster", cluster.Redis!.Address, "--out", folder];

    [RedisFact]
    public async Task A_client_killed_mid_run_has_its_run_released_by_the_silo()
    {
        using var run = new WatchedRun(cluster.Rdsim, Run("client-killed"), r => r.Kill());
        await run.Ended(TimeSpan.FromMinutes(3));

        Assert.True(run.InterferedMidRun, "the client was not killed in the middle of the run:\n" + run.Log);
        await AssertReleasedWithin(ReleaseBound);
    }

    [RedisFact]
    public async Task A_client_stopped_with_ctrl_c_mid_run_exits_130_and_its_run_is_released()
    {
        using var run = new WatchedRun(cluster.Rdsim, Run("client-stopped"), r => r.Interrupt());
        var (exitCode, _) = await run.Ended(TimeSpan.FromMinutes(3));

        Assert.True(run.InterferedMidRun, "Ctrl+C did not come in the middle of the run:\n" + run.Log);
        Assert.Equal(130, exitCode);
        Assert.False(File.Exists(Path.Combine(cluster.Rdsim.Folder, "client-stopped", "manifest.json")));
        await AssertReleasedWithin(ReleaseBound);
    }

    [RedisFact]
    public void Redis_restarted_under_a_live_silo_keeps_the_cluster_when_it_keeps_an_append_only_file()
    {
        cluster.Redis!.Restart();
        var result = cluster.Rdsim.Run(Run("after-redis-restart"));

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal(ClusterRun.EmbeddedYears.Value, File.ReadAllBytes(Path.Combine(cluster.Rdsim.Folder, "after-redis-restart", "years.csv")));
    }

    [RedisFact]
    public async Task Two_of_three_silos_killed_at_once_the_run_goes_on_or_fails_within_the_documented_time()
    {
        var victims = await Task.WhenAll(cluster.AddSilo(), cluster.AddSilo());
        // Its own population: the shared one's grains, warm from an earlier test, would stay on the first silo, and the two
        // new silos, holding nothing of the run, would die unnoticed.
        string[] fresh = ["run", .. ClusterRun.FreshPopulation, "--cluster", cluster.Redis!.Address, "--out", "two-killed"];
        using var run = new WatchedRun(cluster.Rdsim, fresh, _ =>
        {
            foreach (var victim in victims) victim.Kill();
        });
        var (exitCode, afterLoss) = await run.Ended(LossBound + TimeSpan.FromMinutes(2));

        Assert.True(run.InterferedMidRun, "the silos were not killed in the middle of the run:\n" + run.Log);
        Assert.True(afterLoss <= LossBound, $"the run ended {afterLoss.TotalSeconds:F0} s after the loss:\n{run.Log}");
        var folder = Path.Combine(cluster.Rdsim.Folder, "two-killed");
        ClusterRun.AssertSameNumbersOrAClearFailure(exitCode, run.Log, folder, ClusterRun.FreshEmbeddedYears);
        // The manifest counts the silos that finished the run, not those it started on.
        if (exitCode == 0) Assert.Matches(new Regex(", 1 silo$"), ClusterRun.ManifestCluster(folder));
    }

    /// <summary>Waits until the cluster holds no grain of any run (every test's run has ended by then).</summary>
    private async Task AssertReleasedWithin(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var counts = "";
        while (clock.Elapsed < limit)
        {
            var firms = await cluster.Activations("rdsim-enterprise");
            var shards = await cluster.Activations("rdsim-shard");
            var runs = await cluster.Activations("rdsim-run");
            if (firms + shards + runs == 0) return;
            counts = $"{firms} firm, {shards} shard and {runs} coordinator grains";
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        Assert.Fail($"{limit.TotalSeconds:F0} s after the client was gone the silo still held {counts}.");
    }
}
