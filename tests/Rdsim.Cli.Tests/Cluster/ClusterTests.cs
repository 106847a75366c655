using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rdsim.Cli.Tests.Cluster;

/// <summary>
/// A real cluster: redis-server on loopback, <c>rdsim silo</c> processes, and <c>rdsim run --cluster</c> as a client.
/// Filter with <c>--filter Category=Cluster</c> (or <c>Category!=Cluster</c>).
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Cluster")]
public sealed class ClusterTests(ClusterFixture cluster)
{
    private static string[] Scenario => ClusterRun.Scenario;

    private static Lazy<byte[]> EmbeddedYears => ClusterRun.EmbeddedYears;

    [RedisFact]
    public void Three_silo_processes_and_a_client_give_the_embedded_silos_results_bit_for_bit()
    {
        var result = cluster.Rdsim.Run(["run", .. Scenario, "--cluster", cluster.Redis!.Address, "--out", "three"]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal(EmbeddedYears.Value, File.ReadAllBytes(Path.Combine(cluster.Rdsim.Folder, "three", "years.csv")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(cluster.Rdsim.Folder, "three", "manifest.json")));
        Assert.Matches(new Regex($"^redis://127\\.0\\.0\\.1:{cluster.Redis.Port}, [34] silos$"), manifest.RootElement.GetProperty("cluster").GetString());
    }

    [RedisFact]
    public async Task Kill_9_of_a_silo_mid_run_replays_or_restarts_the_run_and_the_results_stay_bit_identical()
    {
        var victim = await cluster.AddSilo();
        using var run = new WatchedRun(cluster.Rdsim, ["run", .. Scenario, "--cluster", cluster.Redis!.Address, "--out", "killed"], _ => victim.Kill());
        var (exitCode, _) = await run.Ended(TimeSpan.FromMinutes(3), () => SiloLogs([.. cluster.Silos, victim]));

        Assert.True(run.InterferedMidRun, "the silo was not killed in the middle of the run:\n" + run.Log);
        ClusterRun.AssertSameNumbersOrAClearFailure(exitCode, run.Log, Path.Combine(cluster.Rdsim.Folder, "killed"));
    }

    /// <summary>The last lines of each silo's log (the victim last), for a failure message.</summary>
    private static string SiloLogs(IReadOnlyList<SiloProcess> silos) =>
        string.Join('\n', silos.Select((s, i) => $"--- silo {i} (port {s.SiloPort}{(s.HasExited ? ", exited" : "")}), last lines:\n"
            + string.Join('\n', s.Log.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(40))));

    [RedisFact]
    public void A_silo_on_a_port_in_use_stops_in_one_line_before_it_joins()
    {
        var taken = cluster.Silos[0].SiloPort;
        var result = cluster.Rdsim.Run("silo", "--cluster", cluster.Redis!.Address, "--silo-port", taken.ToString(), "--gateway-port", FreePorts.Next().ToString());

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"port {taken} is in use", line);
        Assert.DoesNotContain("joined", result.All);
        Assert.False(cluster.Silos[0].HasExited, "the silo that held the port stopped:\n" + cluster.Silos[0].Log);
    }

    [RedisFact]
    public async Task The_dashboard_answers_on_loopback()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.GetAsync($"http://127.0.0.1:{cluster.DashboardPort}/");

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Contains("Orleans", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [RedisFact]
    public void Compare_and_sweep_on_the_cluster_write_the_same_bytes_as_on_this_machine()
    {
        string[] small = ["--set", "population.firms=400", "--set", "simulation.firstYear=2015", "--set", "simulation.lastYear=2018", "--no-charts"];
        string[] compare = ["compare", Path.Combine(Rdsim.Scenarios, "china-2008-2024.yaml"), Path.Combine(Rdsim.Scenarios, "reform-hnte-10pct.yaml"), .. small];
        string[] sweep = ["sweep", Path.Combine(Rdsim.Scenarios, "china-2008-2024.yaml"), "--vary", "hnte.rate=0.10,0.15", .. small];
        var rdsim = cluster.Rdsim;

        foreach (var (command, file, clusterSays) in new[] { (compare, "summary.csv", "engine orleans"), (sweep, "sweep.csv", "on the cluster redis://") })
        {
            var name = command[0];
            var local = rdsim.Run([.. command, "--out", name + "-local"]);
            Assert.True(local.ExitCode == 0, local.All);
            Assert.DoesNotContain(clusterSays, local.Error);
            var onCluster = rdsim.Run([.. command, "--cluster", cluster.Redis!.Address, "--out", name + "-cluster"]);
            Assert.True(onCluster.ExitCode == 0, onCluster.All);
            Assert.Contains(clusterSays, onCluster.Error);
            Assert.Equal(File.ReadAllBytes(Path.Combine(rdsim.Folder, name + "-local", file)), File.ReadAllBytes(Path.Combine(rdsim.Folder, name + "-cluster", file)));
        }
    }

    [RedisFact]
    public void A_cluster_without_silos_is_a_clear_error()
    {
        var result = cluster.Rdsim.Run(["run", .. Scenario, "--cluster", cluster.Redis!.Address + "/nobody-here", "--out", "none"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Could not connect to the rdsim cluster", result.Error);
    }
}
