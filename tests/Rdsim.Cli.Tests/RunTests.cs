using System.Text.Json;

namespace Rdsim.Cli.Tests;

public class RunTests
{
    private static readonly string China = Path.Combine(Rdsim.Scenarios, "china-2008-2024.yaml");

    [Fact]
    public void A_run_writes_every_result_file_and_a_manifest_whose_command_reproduces_it()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("run", China, "--set", "population.firms=400", "--replications", "2", "--out", "first");
        Assert.Equal(0, result.ExitCode);
        foreach (var file in new[] { "manifest.json", "years.csv", "groups.csv", "intensity_histogram.csv" })
        {
            Assert.True(File.Exists(Path.Combine(rdsim.Folder, "first", file)), file);
        }
        var years = File.ReadAllLines(Path.Combine(rdsim.Folder, "first", "years.csv"));
        Assert.Equal(1 + 2 * 17, years.Length);   // header + 2 replicates × 2008–2024
        Assert.StartsWith("scenario,replicate,seed,year,", years[0]);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(rdsim.Folder, "first", "manifest.json")));
        var command = manifest.RootElement.GetProperty("command").GetString()!;
        Assert.Contains("--set population.firms=400", command);
        Assert.Equal(2, manifest.RootElement.GetProperty("replicateSeeds").GetArrayLength());

        var again = rdsim.Run([.. SplitCommand(command).Skip(1).Select(a => a == "first" ? "second" : a)]);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(years, File.ReadAllLines(Path.Combine(rdsim.Folder, "second", "years.csv")));
    }

    [Fact]
    public void The_reproducing_command_keeps_the_options_that_change_the_folder_and_makes_the_same_sensitivity_band()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("run", China, "--set", "population.firms=200", "--set", "simulation.firstYear=2016", "--sensitivity",
            "--lang", "zh", "--no-charts", "--out", "first");
        Assert.Equal(0, result.ExitCode);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(rdsim.Folder, "first", "manifest.json")));
        var command = manifest.RootElement.GetProperty("command").GetString()!;
        Assert.Contains(" --sensitivity", command);
        Assert.Contains(" --lang zh", command);
        Assert.Contains(" --no-charts", command);

        var again = rdsim.Run([.. SplitCommand(command).Skip(1).Select(a => a == "first" ? "second" : a)]);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(File.ReadAllLines(Path.Combine(rdsim.Folder, "first", "sensitivity.csv")),
            File.ReadAllLines(Path.Combine(rdsim.Folder, "second", "sensitivity.csv")));
        Assert.False(Directory.Exists(Path.Combine(rdsim.Folder, "second", "charts")), "--no-charts was not kept");
    }

    [Fact]
    public void Another_seed_gives_other_results()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run("run", China, "--set", "population.firms=300", "--out", "a").ExitCode);
        Assert.Equal(0, rdsim.Run("run", China, "--set", "population.firms=300", "--seed", "99", "--out", "b").ExitCode);
        Assert.NotEqual(File.ReadAllText(Path.Combine(rdsim.Folder, "a", "years.csv")), File.ReadAllText(Path.Combine(rdsim.Folder, "b", "years.csv")));
    }

    [Fact]
    public void An_unknown_parameter_in_set_exits_2_and_writes_nothing()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("run", China, "--set", "hnte.rte=0.1", "--out", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("hnte.rte", result.Error);
        Assert.Empty(rdsim.Written());
    }

    [Fact]
    public void An_output_path_that_is_a_file_exits_2_and_writes_nothing()
    {
        using var rdsim = new Rdsim();
        rdsim.Write("taken", "not a folder");
        var result = rdsim.Run("run", China, "--set", "population.firms=100", "--out", "taken");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a file", result.Error);
        Assert.Equal(["taken"], rdsim.Written());
    }

    [Fact]
    public void An_unknown_engine_or_option_exits_2()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(2, rdsim.Run("run", China, "--engine", "quantum").ExitCode);
        Assert.Equal(2, rdsim.Run("run", China, "--bogus-option").ExitCode);
        Assert.Empty(rdsim.Written());
    }

    [Fact]
    public void A_population_written_by_rdsim_can_be_run_from_its_csv()
    {
        using var rdsim = new Rdsim();
        // The file is drawn for the years it is run on: exit years are drawn with them.
        string[] years = ["--set", "population.entryRate=0", "--set", "simulation.firstYear=2015", "--set", "simulation.lastYear=2017"];
        Assert.Equal(0, rdsim.Run(["population", China, "--set", "population.firms=250", .. years, "--out", "firms.csv"]).ExitCode);
        var rows = File.ReadAllLines(Path.Combine(rdsim.Folder, "firms.csv"));
        Assert.Equal(251, rows.Length);
        // Before: the id column was empty; a drawn firm's id is its index.
        Assert.Equal(Enumerable.Range(0, 250).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Skip(1).Select(r => r.Split(',')[0]));
        var scenario = rdsim.Write("mine.yaml", $"extends: {China}\npopulation:\n  from: firms.csv\n");
        var run = rdsim.Run(["run", scenario, .. years, "--engine", "reference", "--no-charts", "--out", "mine"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("250 firms", run.Error);

        // The same run as from the drawn firms, bit for bit.
        var drawn = rdsim.Run(["run", China, "--set", "population.firms=250", .. years, "--engine", "reference", "--no-charts", "--out", "drawn"]);
        Assert.Equal(0, drawn.ExitCode);
        string Fingerprint(string folder) =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(rdsim.Folder, folder, "manifest.json"))).RootElement.GetProperty("resultFingerprint").GetString()!;
        Assert.Equal(Fingerprint("drawn"), Fingerprint("mine"));
    }

    [Fact]
    public void With_turnover_the_population_file_lists_entrants_and_exits_and_the_run_counts_the_firms_present_each_year()
    {
        using var rdsim = new Rdsim();
        string[] turnover = ["--set", "population.firms=300", "--set", "population.weight=1", "--set", "population.entryRate=0.1", "--set", "population.exitRate=0.1",
            "--set", "simulation.firstYear=2015", "--set", "simulation.lastYear=2018"];
        Assert.Equal(0, rdsim.Run(["population", China, .. turnover, "--out", "firms.csv"]).ExitCode);
        var rows = File.ReadAllLines(Path.Combine(rdsim.Folder, "firms.csv"));
        Assert.Equal(1 + 300 + 3 * 30, rows.Length);
        Assert.EndsWith(",entry_year,exit_year,weight", rows[0]);
        var entry = Array.IndexOf(rows[0].Split(','), "entry_year");
        var entryYears = rows.Skip(1).Select(r => r.Split(',')[entry]).GroupBy(y => y).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { [""] = 300, ["2016"] = 30, ["2017"] = 30, ["2018"] = 30 }, entryYears);
        Assert.Contains(rows.Skip(1), r => r.Split(',')[entry + 1] != "");

        var run = rdsim.Run(["run", China, .. turnover, "--engine", "reference", "--out", "out"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("390 firms (90 of them entering after 2015)", run.Error);
        var firms = File.ReadAllLines(Path.Combine(rdsim.Folder, "out", "years.csv")).Skip(1).Select(l => int.Parse(l.Split(',')[4])).ToList();
        Assert.Equal(300, firms[0]);
        Assert.Equal(4, firms.Count);
        Assert.True(firms.Distinct().Count() > 1, string.Join(", ", firms));
    }

    [Fact]
    public void Params_lists_every_parameter_and_renders_markdown()
    {
        using var rdsim = new Rdsim();
        var table = rdsim.Run("params", "--filter", "hnte");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("hnte.rate", table.Out);
        Assert.DoesNotContain("cit.standardRate", table.Out);
        var markdown = rdsim.Run("params", "--markdown");
        Assert.Equal(0, markdown.ExitCode);
        Assert.Contains("superDeduction.extraRate", markdown.Out);
        Assert.Contains("Caishui", markdown.Out);
    }

    /// <summary>Splits a manifest command the way a POSIX shell would (single quotes only, as the manifest writes them).</summary>
    private static IEnumerable<string> SplitCommand(string command)
    {
        var current = new System.Text.StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in command)
        {
            if (c == '\'') { quoted = !quoted; any = true; continue; }
            if (c == ' ' && !quoted)
            {
                if (any) yield return current.ToString();
                current.Clear();
                any = false;
                continue;
            }
            current.Append(c);
            any = true;
        }
        if (any) yield return current.ToString();
    }
}
