namespace Rdsim.Cli.Tests.Guards;

/// <summary>The input errors a second new user's try-out found unclear or missing, as that user meets them.</summary>
public class TryOutGuardTests
{
    private static readonly string China = Commands.Small.China;

    [Theory]
    [InlineData("")]
    [InlineData("# a scenario to write later\n")]
    public void An_empty_scenario_is_refused_by_every_verb_that_reads_one_and_nothing_is_written(string text)
    {
        using var rdsim = new Rdsim();
        var file = rdsim.Write("empty.yaml", text);
        string[][] commands =
        [
            ["validate", file],
            ["run", file, "--engine", "reference", "--no-charts", "--out", "r"],
            ["compare", China, file, "--no-charts", "--out", "c"],
            ["sweep", file, "--vary", "hnte.rate=0.1,0.2", "--no-charts", "--out", "s"],
        ];
        foreach (var command in commands)
        {
            var result = rdsim.Run(command);
            Assert.True(result.ExitCode == 2, $"{command[0]}: {result.All}");
            Assert.StartsWith($"{file}:1:1: error: the scenario is empty: nothing to run", result.Error);
            Assert.Contains("extends: scenarios/china-2008-2024.yaml", result.Error);
        }
        Assert.Empty(rdsim.Written("empty.yaml"));
    }

    [Fact]
    public void A_population_too_large_names_the_set_that_made_it_not_a_line_of_the_file()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("validate", China, "--set", "population.firms=100000000");

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n'), l => l.Contains("error:"));
        Assert.StartsWith("--set: error: population.firms: 100,000,000 firms (--set population.firms=100000000) with their entrants", error);
    }

    [Fact]
    public void A_misspelt_target_metric_is_an_error_at_its_line_while_figures_the_model_cannot_produce_stay_listed()
    {
        using var rdsim = new Rdsim();
        const string header = "metric,value,unit,year,source_phrase\nclaimants,40,firms,2018,a made-up count\nrd_to_gdp,0.022,fraction,2018,GDP is not modelled\n";
        var typo = rdsim.Write("T.csv", header + "hnte_firmz,5,firms,2018,a typo\n");
        string[] calibrate = ["calibrate", China, .. Commands.Small.Set(), "--replications", "1", "--max-evaluations", "0", "--out", "cal"];

        var refused = rdsim.Run([.. calibrate, "--targets", typo]);
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith($"{typo}:4:1: error: metric: no rdsim metric 'hnte_firmz' (did you mean 'hnte_firms'?)", refused.Error);
        Assert.Empty(rdsim.Written("T.csv"));

        var good = rdsim.Write("good.csv", header);
        var listed = rdsim.Run([.. calibrate, "--targets", good]);
        Assert.True(listed.ExitCode == 0, listed.All);
        Assert.Contains("not fitted: rd_to_gdp 2018 (GDP is not modelled)", listed.Out);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("sweep")]
    [InlineData("sensitivity")]
    [InlineData("calibrate")]
    [InlineData("silo")]
    public void A_cluster_whose_redis_is_not_there_is_one_line_exit_1_and_nothing_written(string verb)
    {
        using var rdsim = new Rdsim();
        rdsim.Write("targets.csv", "metric,value,unit,year,source_phrase\nclaimants,40,firms,2018,x\n");
        var nobody = Cluster.FreePorts.Next();
        string[] small = [.. Commands.Small.Set(200), "--no-charts", "--out", "out"];
        string[] command = verb switch
        {
            "compare" => ["compare", China, Commands.Small.NoIncentives, .. small],
            "sweep" => ["sweep", China, "--vary", "hnte.rate=0.1,0.2", .. small],
            "calibrate" => ["calibrate", China, .. Commands.Small.Set(200), "--targets", "targets.csv", "--max-evaluations", "0", "--out", "out"],
            "silo" => ["silo", "--silo-port", Cluster.FreePorts.Next().ToString(), "--gateway-port", Cluster.FreePorts.Next().ToString()],
            _ => [verb, China, .. small],
        };
        var result = rdsim.Run([.. command, "--cluster", $"redis://127.0.0.1:{nobody}"]);

        Assert.True(result.ExitCode == 1, result.All);
        // Standard error also carries the scenario's warnings and the line saying what would run; the failure is the last line.
        Assert.Equal($"Cannot reach the cluster's Redis at 127.0.0.1:{nobody} (connection refused): start it or check --cluster.", result.Error.TrimEnd().Split('\n')[^1]);
        Assert.Single(result.Error.Split('\n'), l => l.Contains("Redis"));
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Empty(rdsim.Written("targets.csv"));
    }

    [Fact]
    public void A_run_refused_for_memory_on_the_reference_engine_does_not_advise_the_reference_engine()
    {
        using var rdsim = new Rdsim();
        // A 448 MB heap: 190,000 firms on the reference engine are estimated above 80% of it (as in LimitTests).
        var small = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x1C000000" };
        var result = rdsim.RunWith(small, "run", China, "--engine", "reference", "--set", "population.firms=190000", "--set", "simulation.firstYear=2022", "--no-charts", "--out", "r");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n'), l => l.Contains("needs about"));
        Assert.Contains("on the reference engine", line);
        Assert.DoesNotContain("--engine reference", line);
        foreach (var advice in new[] { "population.firms", "--cluster", "--force" }) Assert.Contains(advice, line);
        Assert.Empty(rdsim.Written());
    }
}
