using System.Text.Json;

namespace Rdsim.Cli.Tests.Cluster;

/// <summary>The run the cluster tests interfere with, its numbers on the embedded silo, and what may come of it.</summary>
internal static class ClusterRun
{
    /// <summary>
    /// China 2008–2024 on 3,000 firms; spillovers feed each year into the next, so every year is its own step across
    /// the cluster: a long enough run to kill something in.
    /// </summary>
    public static string[] Scenario { get; } =
    [
        Path.Combine(Rdsim.Scenarios, "china-2008-2024.yaml"), "--set", "population.firms=3000", "--set", "market.spillover=0.05", "--no-charts",
    ];

    /// <summary>
    /// The same run on a population no other cluster test runs on (one firm more). A population's grains stay on the silos
    /// that first ran it, so silos added later hold nothing of <see cref="Scenario"/>'s once an earlier test has run it;
    /// this one's grains are placed afresh, across every silo the cluster has when it starts.
    /// </summary>
    public static string[] FreshPopulation { get; } =
    [
        Path.Combine(Rdsim.Scenarios, "china-2008-2024.yaml"), "--set", "population.firms=3001", "--set", "market.spillover=0.05", "--no-charts",
    ];

    /// <summary>The run's years.csv on the embedded silo: what every cluster must reproduce.</summary>
    public static Lazy<byte[]> EmbeddedYears { get; } = new(() => Embedded(Scenario));

    /// <summary><see cref="FreshPopulation"/>'s years.csv on the embedded silo.</summary>
    public static Lazy<byte[]> FreshEmbeddedYears { get; } = new(() => Embedded(FreshPopulation));

    private static byte[] Embedded(string[] scenario)
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["run", .. scenario, "--out", "embedded"]);
        Assert.True(result.ExitCode == 0, result.All);
        return File.ReadAllBytes(Path.Combine(rdsim.Folder, "embedded", "years.csv"));
    }

    /// <summary>
    /// After silos were lost: either the same numbers or exit code 1 with a message and no results; never other numbers,
    /// and never stack frames. The same numbers come one of two ways: the run started again on the silos left (and says
    /// so, in words), or the killed silo held nothing the run needed when it died (Orleans had placed none of the run's
    /// grains on a silo that joined just before, or the ones it held were activated again elsewhere and replayed from the
    /// coordinator's log), so there was nothing to restart or report. Which one happens depends on Orleans' placement,
    /// so both are accepted; a notice, when there is one, must be the plain one. <paramref name="embeddedYears"/> (default
    /// <see cref="EmbeddedYears"/>) are the numbers the run must give.
    /// </summary>
    public static void AssertSameNumbersOrAClearFailure(int exitCode, string log, string folder, Lazy<byte[]>? embeddedYears = null)
    {
        Assert.DoesNotContain("   at ", log);   // no .NET or Orleans stack frames on the user's screen
        if (exitCode == 0)
        {
            Assert.Equal((embeddedYears ?? EmbeddedYears).Value, File.ReadAllBytes(Path.Combine(folder, "years.csv")));
            if (log.Contains("silo", StringComparison.OrdinalIgnoreCase) && log.Contains("lost", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Contains("A silo was lost during the run", log);
            }
        }
        else
        {
            Assert.True(exitCode == 1, $"exit code {exitCode}:\n{log}");
            Assert.Contains("silo", log);
            Assert.False(File.Exists(Path.Combine(folder, "manifest.json")), log);
        }
    }

    /// <summary>The manifest's cluster entry, e.g. "redis://127.0.0.1:6379, 1 silo".</summary>
    public static string? ManifestCluster(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        return manifest.RootElement.GetProperty("cluster").GetString();
    }
}
