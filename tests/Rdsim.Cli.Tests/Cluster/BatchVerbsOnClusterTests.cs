using System.Text.Json;

namespace Rdsim.Cli.Tests.Cluster;

/// <summary>
/// sweep, compare and calibrate on two silos: several simulations in flight at once, the same bytes as on this machine,
/// and work on both silos. Filter with <c>--filter Category=Cluster</c>.
/// </summary>
[Collection(TwoSiloClusterCollection.Name)]
[Trait("Category", "Cluster")]
public sealed class BatchVerbsOnClusterTests(TwoSiloClusterFixture cluster)
{
    private static readonly string China = Path.Combine(Rdsim.Scenarios, "china-2008-2024.yaml");

    private static readonly string[] Small = ["--set", "simulation.firstYear=2015", "--set", "simulation.lastYear=2018", "--no-charts"];

    [RedisFact]
    public async Task A_sweep_on_two_silos_writes_every_byte_a_local_sweep_writes_and_both_silos_step_its_firms()
    {
        string[] sweep = ["sweep", China, "--vary", "hnte.rate=0.10,0.12,0.14,0.16,0.18", "--set", "population.firms=800", .. Small];
        var (local, onCluster, said) = Both(sweep, "sweep");

        Assert.Contains("on the cluster redis://", said);
        Assert.Contains("Up to 4 simulations at a time on the cluster's 2 silo(s).", said);
        var points = Directory.GetFiles(Path.Combine(local, "points")).Select(f => Path.Combine("points", Path.GetFileName(f))).ToList();
        Assert.Equal(5, points.Count);
        AssertSameFiles(local, onCluster, ["sweep.csv", .. points]);
        // The population's shards, and the firms each steps, are spread over both silos (and stay there, warm, after the sweep).
        var firms = await cluster.Grains.PerSilo("rdsim-enterprise");
        Assert.True(firms.Count == 2 && firms.Values.All(n => n > 0), "firm grains per silo: " + string.Join(", ", firms));
        // A silo logs warnings and errors only: Orleans' trace and debug lines of every message would slow it down and fill a disk.
        Assert.All(cluster.Silos, s => Assert.DoesNotMatch(@"(?m)^(trce|dbug|info): ", s.Log));
    }

    [RedisFact]
    public void A_comparison_on_two_silos_runs_its_scenarios_at_the_same_time_and_writes_the_local_bytes()
    {
        string[] compare = ["compare", China, Path.Combine(Rdsim.Scenarios, "reform-hnte-10pct.yaml"), Path.Combine(Rdsim.Scenarios, "no-incentives.yaml"),
            "--set", "population.firms=1500", .. Small];
        var (local, onCluster, _) = Both(compare, "compare");

        var runs = Directory.GetDirectories(onCluster).Select(Path.GetFileName).Where(d => File.Exists(Path.Combine(onCluster, d!, "manifest.json"))).ToList();
        Assert.Equal(3, runs.Count);
        AssertSameFiles(local, onCluster, ["summary.csv", "differences.csv", .. runs.SelectMany(r => new[] { Path.Combine(r!, "years.csv"), Path.Combine(r!, "groups.csv") })]);
        // Each run's manifest says when it ran: on the cluster they overlap (one after another, none would).
        var spans = runs.Select(r => Span(Path.Combine(onCluster, r!, "manifest.json"))).OrderBy(s => s.Started).ToList();
        Assert.True(spans[1].Started < spans[0].Finished, "the runs went one after another: " + string.Join("; ", spans));
    }

    [RedisFact]
    public void A_calibration_on_two_silos_finds_the_fit_a_local_calibration_finds()
    {
        const string targets = """
            metric,value,unit,year,source_phrase
            claimants,40,firms,2018,a made-up count for a 300-firm population
            hnte_firms,5,firms,2018,a made-up count
            """;
        string[] calibrate = ["calibrate", China, "--set", "population.firms=300", "--set", "simulation.firstYear=2015", "--set", "simulation.lastYear=2018",
            "--targets", "targets.csv", "--free", "claimCost2016,certificationCost", "--replications", "1", "--populations", "2",
            "--max-evaluations", "10", "--screening", "6", "--starts", "1", "--out", "fit"];
        using var here = new Rdsim();
        here.Write("targets.csv", targets);
        cluster.Rdsim.Write("targets.csv", targets);

        var local = here.Run(calibrate);
        var onCluster = cluster.Rdsim.Run([.. calibrate, "--cluster", cluster.Redis!.Address]);

        Assert.True(local.ExitCode == 0, local.All);
        Assert.True(onCluster.ExitCode == 0, onCluster.All);
        Assert.Contains("on the cluster redis://", onCluster.Error);
        Assert.Contains("Up to 4 simulations at a time on the cluster's 2 silo(s).", onCluster.Error);
        Assert.Equal(local.Out, onCluster.Out);   // the fit table and the fitted parameters, as printed
        AssertSameFiles(Path.Combine(here.Folder, "fit"), Path.Combine(cluster.Rdsim.Folder, "fit"), ["fit.csv", "china-2008-2024-fitted.yaml"]);
    }

    [Fact]
    public void A_calibration_given_a_bad_cluster_address_names_the_option_and_exits_2()
    {
        using var rdsim = new Rdsim();
        rdsim.Write("targets.csv", "metric,value,unit,year,source_phrase\nclaimants,40,firms,2018,x\n");
        var result = rdsim.Run("calibrate", China, "--targets", "targets.csv", "--cluster", "http://127.0.0.1:6379", "--out", "fit");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--cluster", result.Error);
        Assert.Contains("is not a Redis address", result.Error);
        Assert.False(File.Exists(Path.Combine(rdsim.Folder, "fit", "fit.csv")));
    }

    [Fact]
    public void A_calibration_on_a_cluster_whose_redis_does_not_answer_fails_in_one_line_with_exit_1()
    {
        using var rdsim = new Rdsim();
        rdsim.Write("targets.csv", "metric,value,unit,year,source_phrase\nclaimants,40,firms,2018,x\n");
        var result = rdsim.Run("calibrate", China, "--set", "population.firms=300", "--targets", "targets.csv",
            "--cluster", $"redis://127.0.0.1:{FreePorts.Next()}", "--out", "fit");

        Assert.Equal(1, result.ExitCode);
        var failure = Assert.Single(result.Error.Split('\n'), l => l.Contains("Cannot reach the cluster's Redis"));
        Assert.DoesNotContain("   at ", result.Error);
        Assert.EndsWith("(connection refused): start it or check --cluster.", failure);
    }

    /// <summary>Runs <paramref name="command"/> here and on the cluster, each into its own folder; returns both folders and what the cluster run said.</summary>
    private (string Local, string Cluster, string ClusterSaid) Both(string[] command, string name)
    {
        var rdsim = cluster.Rdsim;
        var local = rdsim.Run([.. command, "--out", name + "-local"]);
        Assert.True(local.ExitCode == 0, local.All);
        var onCluster = rdsim.Run([.. command, "--cluster", cluster.Redis!.Address, "--out", name + "-cluster"]);
        Assert.True(onCluster.ExitCode == 0, onCluster.All);
        return (Path.Combine(rdsim.Folder, name + "-local"), Path.Combine(rdsim.Folder, name + "-cluster"), onCluster.Error);
    }

    private static void AssertSameFiles(string local, string onCluster, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(local, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(onCluster, file))), $"{file} differs");
        }
    }

    private static (DateTimeOffset Started, DateTimeOffset Finished) Span(string manifest)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return (json.RootElement.GetProperty("startedAt").GetDateTimeOffset(), json.RootElement.GetProperty("finishedAt").GetDateTimeOffset());
    }
}
