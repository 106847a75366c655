namespace Rdsim.Cli.Tests.Commands;

public class SweepTests
{
    private static string[] Sweep(string folder, params string[] more) =>
        ["sweep", Small.China, .. Small.Set(200), "--vary", "superDeduction.extraRate=0.5:1.0:0.5", "--vary", "hnte.rate=0.10,0.15", "--out", folder, .. more];

    [Fact]
    public void A_resumed_sweep_writes_the_same_bytes_as_an_uninterrupted_one()
    {
        using var rdsim = new Rdsim();
        var full = rdsim.Run(Sweep("s"));
        Assert.Equal(0, full.ExitCode);
        var folder = Path.Combine(rdsim.Folder, "s");
        var expected = File.ReadAllBytes(Path.Combine(folder, "sweep.csv"));
        var lines = File.ReadAllLines(Path.Combine(folder, "sweep.csv"));
        Assert.StartsWith("point,superDeduction.extraRate,hnte.rate,scenario,replicate,", lines[0]);
        Assert.Equal(1 + 4 * 4, lines.Length);   // header + 4 points × 4 years
        foreach (var chart in new[] { "heatmap_cum_induced_real_rd", "heatmap_cum_revenue_forgone", "heatmap_cum_bang_for_buck", "frontier" })
        {
            Assert.True(File.Exists(Path.Combine(folder, "charts", chart + ".svg")), chart);
        }

        // As after a crash: two points never finished, no sweep.csv.
        File.Delete(Path.Combine(folder, "points", "1.csv"));
        File.Delete(Path.Combine(folder, "points", "3.csv"));
        File.Delete(Path.Combine(folder, "sweep.csv"));
        var resumed = rdsim.Run(Sweep("s", "--resume"));
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("2 finished, 2 to run", resumed.Error);
        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(folder, "sweep.csv")));

        // Another grid cannot resume these points.
        var changed = rdsim.Run(["sweep", Small.China, .. Small.Set(200), "--vary", "hnte.rate=0.10,0.20", "--out", "s", "--resume"]);
        Assert.Equal(2, changed.ExitCode);
        Assert.Contains("another base scenario or grid", changed.Error);
    }

    [Fact]
    public void A_sweep_warns_of_values_outside_their_advisory_range_once_as_run_does()
    {
        // Before: rdsim run warned of them and sweep said nothing. A swept value outside the range is warned of too, once.
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["sweep", Small.China, .. Small.Set(100), "--set", "behaviour.userCostElasticity=4", "--vary", "hnte.rate=0.02,0.15",
            "--no-charts", "--out", "s"]);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Error.Split('\n');
        Assert.Equal($"--set: warning: behaviour.userCostElasticity = 4 is outside the advisory range [0.3, 2] (elasticity); check that this is intended. (in {Small.China})",
            Assert.Single(lines, l => l.Contains("behaviour.userCostElasticity", StringComparison.Ordinal)));
        Assert.Single(lines, l => l.StartsWith("--vary: warning: hnte.rate = 0.02 is outside the advisory range", StringComparison.Ordinal));
    }

    [Fact]
    public void Resuming_a_sweep_stopped_before_its_manifest_starts_it_and_resuming_nothing_is_refused()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run([.. Sweep("whole"), "--no-charts"]).ExitCode);

        // As after a kill between creating the folder and writing sweep.json: rdsim's (empty) ledger and an empty points folder.
        Directory.CreateDirectory(Path.Combine(rdsim.Folder, "early", "points"));
        Directory.CreateDirectory(Path.Combine(rdsim.Folder, "early", ".rdsim"));
        File.WriteAllText(Path.Combine(rdsim.Folder, "early", ".rdsim", "files"), "");
        var resumed = rdsim.Run([.. Sweep("early", "--resume"), "--no-charts"]);
        Assert.True(resumed.ExitCode == 0, resumed.All);
        Assert.Equal(File.ReadAllBytes(Path.Combine(rdsim.Folder, "whole", "sweep.csv")), File.ReadAllBytes(Path.Combine(rdsim.Folder, "early", "sweep.csv")));

        var nothing = rdsim.Run(Sweep("never", "--resume"));
        Assert.Equal(2, nothing.ExitCode);
        Assert.Contains("no sweep to resume", nothing.Error);
    }

    [Fact]
    public void The_bundled_sweep_file_is_read()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("sweep", Path.Combine(Rdsim.Scenarios, "sweep-deduction-hnte.yaml"), "--set", "population.firms=100",
            "--set", "simulation.firstYear=2016", "--set", "simulation.lastYear=2017", "--replications", "1", "--no-charts", "--out", "f");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1 + 9 * 2, File.ReadAllLines(Path.Combine(rdsim.Folder, "f", "sweep.csv")).Length);
    }

    [Fact]
    public void A_sweep_without_incentives_draws_its_undefined_bang_for_the_buck_instead_of_crashing()
    {
        // Before: every cell NaN, ScottPlot threw "min must be a real number" and the sweep exited 1 with a stack trace.
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["sweep", Small.NoIncentives, .. Small.Set(100), "--vary", "hnte.rate=0.1,0.15", "--out", "s"]);

        Assert.True(result.ExitCode == 0, result.All);
        var svg = File.ReadAllText(Path.Combine(rdsim.Folder, "s", "charts", "heatmap_cum_bang_for_buck.svg"));
        Assert.Contains("No revenue forgone at any point: bang for the buck is undefined", svg);
        Assert.True(File.Exists(Path.Combine(rdsim.Folder, "s", "charts", "frontier.png")));
    }

    [Theory]
    [InlineData("superDeduction.extraRate=0.5:1.0", "not a range")]
    [InlineData("superDeduction.extraRate", "not a sweep")]
    [InlineData("hnte.rte=0.1,0.2", "did you mean hnte.rate")]
    [InlineData("hnte.rate=0.1,1.5", "hnte.rate")]
    public void A_bad_vary_exits_2_and_writes_nothing(string vary, string message)
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("sweep", Small.China, "--vary", vary, "--out", "s");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Empty(rdsim.Written());
    }

    [Fact]
    public void Missing_base_unknown_set_or_file_as_out_exit_2()
    {
        using var rdsim = new Rdsim();
        rdsim.Write("taken", "a file");
        Assert.Equal(2, rdsim.Run("sweep", "nowhere.yaml", "--vary", "hnte.rate=0.1,0.2").ExitCode);
        Assert.Equal(2, rdsim.Run("sweep", Small.China, "--set", "hnte.rte=0.1", "--vary", "hnte.rate=0.1,0.2").ExitCode);
        Assert.Equal(2, rdsim.Run("sweep", Small.China, "--vary", "hnte.rate=0.1,0.2", "--out", "taken").ExitCode);
        Assert.Equal(["taken"], rdsim.Written());
    }
}
