using System.Diagnostics;
using System.Text;

namespace Rdsim.Cli.Tests.Guards;

/// <summary>The documented limits, as a user meets them: each is one clear refusal, quickly, with nothing written.</summary>
public class LimitTests
{
    private static readonly string China = Commands.Small.China;

    [Fact]
    public void Forty_thousand_unknown_keys_are_reported_in_seconds_as_twenty_and_a_count()
    {
        using var rdsim = new Rdsim();
        var text = new StringBuilder();
        for (var i = 0; i < 40_000; i++) text.Append("bogus").Append(i).Append(": 1\n");
        var file = rdsim.Write("keys.yaml", text.ToString());
        var clock = Stopwatch.StartNew();
        var result = rdsim.Run("validate", file);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(21, lines.Length);
        Assert.Equal("… and 39,980 more errors (the first 20 are shown).", lines[^1]);
    }

    [Fact]
    public void A_population_file_of_200000_bad_rows_prints_twenty_errors_and_a_count()
    {
        using var rdsim = new Rdsim();
        var csv = new StringBuilder("id,sector,revenue\n");
        for (var i = 0; i < 200_000; i++) csv.Append(i).Append(",nosuch,x\n");
        rdsim.Write("firms.csv", csv.ToString());
        var result = rdsim.Run("validate", rdsim.Write("pop.yaml", $"extends: {China}\npopulation:\n  from: firms.csv\n"));

        Assert.Equal(2, result.ExitCode);
        var errors = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("error:")).ToList();
        Assert.Equal(20, errors.Count);
        Assert.Contains("… and 399,980 more errors", result.Error);
    }

    [Fact]
    public void A_run_too_large_for_the_memory_is_refused_before_it_starts_with_the_estimate_and_what_to_change()
    {
        using var rdsim = new Rdsim();
        // No entrants: with the preset's turnover, 100 million firms and their entrants pass the population's cap first.
        var result = rdsim.Run("run", China, "--set", "population.firms=100000000", "--set", "population.entryRate=0", "--no-charts", "--out", "big");

        Assert.Equal(2, result.ExitCode);
        // The advisory warnings (the China fit's, and population.firms's range) come first; the refusal is the one error.
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.Contains(": warning: ", StringComparison.Ordinal));
        Assert.Matches(@"this run needs about 5\d\d\.\d GB of memory, more than 80% of the [\d.]+ (GB|MB) available", line);
        Assert.Contains("100,000,000 firms × 1 replicate(s) × 17 years on the orleans engine", line);
        foreach (var advice in new[] { "population.firms", "--engine reference", "--cluster", "--force" }) Assert.Contains(advice, line);
        Assert.Empty(rdsim.Written());
    }

    [Fact]
    public void Force_runs_what_the_estimate_would_refuse()
    {
        using var rdsim = new Rdsim();
        // A 448 MB heap makes 190,000 firms (394 MB estimated on the reference engine with the preset's entrants, above 80% of
        // 448) too many for the estimate, while the run itself fits. (With 400 MB and 200,000 firms, 404 MB estimated, the
        // forced run ran out of memory once in the suite on the preset of 4 December, whose turnover brings more entrants.)
        var small = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x1C000000" };
        string[] run = ["run", China, "--engine", "reference", "--set", "population.firms=190000", "--set", "simulation.firstYear=2022", "--no-charts", "--out", "r"];

        var refused = rdsim.RunWith(small, run);
        var forced = rdsim.RunWith(small, [.. run, "--force"]);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("needs about", refused.Error);
        Assert.True(forced.ExitCode == 0, forced.All);
    }

    [Fact]
    public void A_grid_of_more_than_ten_thousand_points_is_refused()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("sweep", China, "--vary", "hnte.rate=0:1:0.01", "--vary", "cit.standardRate=0:1:0.01", "--no-charts", "--out", "s");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--vary: error: cit.standardRate: the grid has 101 × 101 = 10,201 points; a sweep may have at most 10,000", result.Error);
        Assert.Empty(rdsim.Written());
    }

    [Fact]
    public void A_population_no_array_holds_is_a_located_error()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("run", China, "--engine", "reference", "--set", "population.firms=100000000", "--set", "population.entryRate=0.5", "--force", "--out", "r");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--set: error: population.entryRate: 100,000,000 firms (--set population.firms=100000000) with their entrants (population.entryRate 0.5 a year, --set population.entryRate=0.5) make 900,000,000 firms; a population holds at most 100,000,000.", result.Error);
        Assert.DoesNotContain("Array dimensions", result.Error);
    }
}
