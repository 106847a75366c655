using System.Diagnostics;
using System.Text.Json;

namespace Rdsim.Cli.Tests.Guards;

/// <summary>The guards a new user's walkthrough found missing (issue 18), as that user meets them.</summary>
public class NewUserGuardTests
{
    private static readonly string China = Commands.Small.China;

    [Fact]
    public void Validate_reads_the_population_file_and_reports_its_bad_rows_as_run_does()
    {
        using var rdsim = new Rdsim();
        rdsim.Write("firms.csv", "id,sector,revenue\n1,software,10\n2,nosuch,x\n");
        var scenario = rdsim.Write("pop.yaml", $"extends: {China}\npopulation:\n  from: firms.csv\n");

        var validate = rdsim.Run("validate", scenario);
        var run = rdsim.Run("run", scenario, "--engine", "reference", "--no-charts", "--out", "r");

        Assert.Equal(2, validate.ExitCode);
        Assert.Contains("firms.csv:3:0: error: sector: unknown sector 'nosuch'", validate.Error);
        Assert.Equal(run.Error.Split('\n').Where(l => l.Contains("error:")), validate.Error.Split('\n').Where(l => l.Contains("error:")));
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_at_its_line()
    {
        using var rdsim = new Rdsim();
        var file = rdsim.Write("tab.yaml", "name: x\nsimulation:\n  seed: 3\n\tfirstYear: 2010\n");
        var result = rdsim.Run("validate", file);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{file}:4:1: error: YAML syntax error: a tab in the indentation", result.Error);
    }

    [Fact]
    public void Year_keys_outside_the_run_are_warned_at_their_parameter()
    {
        using var rdsim = new Rdsim();
        var file = rdsim.Write("late.yaml", $"extends: {China}\nsuperDeduction:\n  extraRate: {{2008: 0.5, 2030: 1.0}}\n");
        var result = rdsim.Run("validate", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{file}:3:3: warning: superDeduction.extraRate: the year 2030 is after the run's last year 2024, so it changes nothing", result.Error);
    }

    [Fact]
    public void An_extra_rate_of_one_and_a_half_is_warned_as_a_likely_150_percent()
    {
        using var rdsim = new Rdsim();
        var file = rdsim.Write("rate.yaml", $"extends: {China}\nsuperDeduction:\n  extraRate: 1.5\n");
        var result = rdsim.Run("validate", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{file}:3:14: warning: superDeduction.extraRate = 1.5 is outside the advisory range [0, 1.2]", result.Error);
        Assert.Contains("it is the extra rate: 0.5 means 150%", result.Error);
    }

    [Fact]
    public async Task A_sweep_stopped_with_ctrl_c_says_how_many_points_are_done_and_how_to_resume()
    {
        using var rdsim = new Rdsim();
        string[] sweep = ["sweep", China, "--set", "population.firms=4000", "--vary", "hnte.rate=0.10,0.12,0.15,0.18,0.20,0.22", "--no-charts", "--out", "s"];
        using var process = rdsim.Start(sweep);
        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var first = Path.Combine(rdsim.Folder, "s", "points", "0.csv");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(first) && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(50);
        Process.Start("kill", ["-INT", process.Id.ToString()])!.WaitForExit();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the sweep did not stop after Ctrl+C");

        var log = await stderr;
        Assert.Equal(130, process.ExitCode);
        Assert.Matches(@"Stopped \(Ctrl\+C\) with [1-5] of 6 points finished", log);
        var resume = log.Split('\n').Single(l => l.StartsWith("Run the rest with: ", StringComparison.Ordinal))["Run the rest with: rdsim ".Length..];
        Assert.EndsWith("--out s --resume", resume);
        var resumed = rdsim.Run(resume.Split(' '));
        Assert.True(resumed.ExitCode == 0, resumed.All);
        Assert.Contains("finished,", resumed.Error);
    }

    [Fact]
    public void The_sweep_manifest_s_command_writes_to_the_same_folder()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["sweep", China, .. Commands.Small.Set(100), "--vary", "hnte.rate=0.10,0.15", "--no-charts", "--out", "s"]);

        Assert.True(result.ExitCode == 0, result.All);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(rdsim.Folder, "s", "sweep.json")));
        Assert.EndsWith("--out s", manifest.RootElement.GetProperty("command").GetString());
    }

    [Fact]
    public void A_compared_run_s_command_gives_the_seed_once()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["compare", China, Commands.Small.NoIncentives, .. Commands.Small.Set(100), "--seed", "7", "--no-charts", "--out", "c"]);

        Assert.True(result.ExitCode == 0, result.All);
        var folder = Directory.GetDirectories(Path.Combine(rdsim.Folder, "c")).Where(d => !Path.GetFileName(d).StartsWith('.')).Order().First();
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var command = manifest.RootElement.GetProperty("command").GetString()!;
        Assert.Single(command.Split(' '), w => w == "--seed");
        Assert.DoesNotContain("simulation.seed", command);
    }

    [Fact]
    public void Replicate_seeds_in_years_csv_and_the_manifest_survive_json_and_spreadsheets()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["run", China, .. Commands.Small.Set(100), "--replications", "5", "--engine", "reference", "--no-charts", "--out", "r"]);

        Assert.True(result.ExitCode == 0, result.All);
        var folder = Path.Combine(rdsim.Folder, "r");
        var years = File.ReadAllLines(Path.Combine(folder, "years.csv"));
        var seedColumn = Array.IndexOf(years[0].Split(','), "seed");
        var seeds = years.Skip(1).Select(l => ulong.Parse(l.Split(',')[seedColumn])).Distinct().ToList();
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        seeds.AddRange(manifest.RootElement.GetProperty("replicateSeeds").EnumerateArray().Select(s => s.GetUInt64()));
        Assert.All(seeds, s => Assert.True(s < 1UL << 53, $"{s} is not below 2^53"));
    }
}
