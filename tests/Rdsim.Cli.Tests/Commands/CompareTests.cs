using System.Net;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Cli.Tests.Commands;

public class CompareTests
{
    [Fact]
    public void Compare_runs_both_on_one_seed_and_writes_differences_and_overlays()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["compare", Small.China, Small.NoIncentives, .. Small.Set(), "--out", "c"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No R&D incentives", result.Out);
        Assert.Contains("bang/buck", result.Out);
        Assert.Contains("on the reference engine", result.Error); // run defaults to Orleans; say which one compare uses
        var differences = File.ReadAllLines(Path.Combine(rdsim.Folder, "c", "differences.csv"));
        Assert.Equal("scenario,baseline,year,metric,value,baseline_value,difference", differences[0]);
        Assert.Contains(differences, l => l.StartsWith("No R&D incentives,China 2008-2024 (calibrated),2018,hnte_firms,0,"));
        foreach (var chart in new[] { "compare_real_rd.svg", "compare_bang_for_buck.png" }) Assert.True(File.Exists(Path.Combine(rdsim.Folder, "c", "charts", chart)));
        // Common random numbers: the counterfactual worlds of the two runs are identical.
        var a = File.ReadAllLines(Path.Combine(rdsim.Folder, "c", "1-china-2008-2024", "years.csv"));
        var b = File.ReadAllLines(Path.Combine(rdsim.Folder, "c", "2-no-incentives", "years.csv"));
        var counterfactual = a[0].Split(',').Select((name, i) => (name, i)).Where(c => c.name.StartsWith("cf_", StringComparison.Ordinal)).Select(c => c.i).ToList();
        Assert.NotEmpty(counterfactual);
        Assert.Equal(counterfactual.Select(i => a[1].Split(',')[i]), counterfactual.Select(i => b[1].Split(',')[i]));
    }

    [Fact]
    public void Compare_writes_a_brief_with_the_differences_the_changed_parameters_and_the_caveats_first_and_report_redraws_it()
    {
        using var rdsim = new Rdsim();
        var reform = Path.Combine(Rdsim.Scenarios, "reform-hnte-10pct.yaml");
        Assert.Equal(0, rdsim.Run(["compare", Small.China, reform, .. Small.Set(), "--out", "c"]).ExitCode);
        var path = Path.Combine(rdsim.Folder, "c", "brief.html");
        var brief = File.ReadAllText(path);
        Assert.Contains("<h2>HNTE rate 10% minus China 2008-2024 (calibrated)</h2>", brief);
        Assert.Contains("Marginal bang for the buck (Δ induced ÷ Δ forgone)", brief);
        Assert.Contains("<strong>2015–2018</strong>", brief);            // every year together, then each year
        Assert.Contains("<td>2018</td>", brief);
        Assert.Matches(@"<td><code>hnte\.rate</code></td>\s*<td>2015–2018</td>\s*<td>0\.15</td>\s*<td>0\.1</td>\s*<td>share of taxable income</td>", brief);
        Assert.Contains("Against “China 2008-2024 (calibrated)”, “HNTE rate 10%”", brief);
        Assert.Contains("compare_real_rd.csv", brief);
        // How far to trust the numbers comes before any of them.
        Assert.True(brief.IndexOf("What to doubt", StringComparison.Ordinal) is var caveats and > 0 && caveats < brief.IndexOf("In brief", StringComparison.Ordinal));
        Assert.All(ScenarioLoader.Load(Small.China, []).Caveats!, c => Assert.Contains(WebUtility.HtmlEncode(c.En), brief));
        Assert.True(File.Exists(Path.Combine(rdsim.Folder, "c", "brief.pdf")));

        File.Delete(path);
        var runYears = File.ReadAllText(Path.Combine(rdsim.Folder, "c", "2-reform-hnte-10pct", "years.csv"));
        Assert.Equal(0, rdsim.Run("report", "c").ExitCode);
        Assert.Equal(brief, File.ReadAllText(path));                      // drawn again from the run folders, the same page
        var zh = rdsim.Run("report", "c", "--lang", "zh");
        Assert.True(zh.ExitCode == 0, zh.All);
        var chinese = File.ReadAllText(Path.Combine(rdsim.Folder, "c", "brief.zh.html"));
        Assert.Equal(brief, File.ReadAllText(path));                      // the English brief stays beside it
        Assert.Contains("“HNTE rate 10%”减“China 2008-2024 (calibrated)”", chinese);
        Assert.Contains("每增加1元税式支出", chinese);
        Assert.Contains("需要注意的局限", chinese);
        Assert.Equal(runYears, File.ReadAllText(Path.Combine(rdsim.Folder, "c", "2-reform-hnte-10pct", "years.csv")));
    }

    [Fact]
    public void Report_refuses_a_compare_folder_whose_run_was_changed()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["compare", Small.China, Small.NoIncentives, .. Small.Set(), "--no-charts", "--out", "c"]).ExitCode);
        File.AppendAllText(Path.Combine(rdsim.Folder, "c", "2-no-incentives", "manifest.json"), " ");
        var result = rdsim.Run("report", "c");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(Path.Combine("2-no-incentives", "manifest.json"), result.Error);
        Assert.Equal(0, rdsim.Run("report", "c", "--allow-modified").ExitCode);
        Assert.Contains("2-no-incentives/manifest.json: edited after rdsim wrote it", File.ReadAllText(Path.Combine(rdsim.Folder, "c", "brief.html")));
    }

    [Theory]
    [InlineData("ningbo", "ningbo-2013.yaml: error: simulation.firstYear 2007 (set at ", "differs from the baseline's 2008")]
    [InlineData("shorter", "shorter.yaml:4:3: error: simulation.lastYear 2015 differs from the baseline's 2024", "")]
    [InlineData("fewer-firms", "fewer-firms.yaml:4:3: error: population.firms 200 differs from the baseline's 10000", "; 1 more of its")]
    // Before: the reform ran quietly on the baseline's seed and replications instead of its own.
    [InlineData("own-seed", "own-seed.yaml:4:3: error: simulation.seed 7 differs from the baseline's 20240101", "")]
    [InlineData("own-replications", "own-replications.yaml:4:3: error: simulation.replications 2 differs from the baseline's 1", "")]
    public void Scenarios_on_other_years_or_firms_are_refused_with_the_file_and_parameter_and_nothing_is_written(string kind, string error, string alsoSaid)
    {
        // Before: compare ran them, and its brief claimed the same firms and shocks and set Ningbo's 2013 against the nation's 2024.
        using var rdsim = new Rdsim();
        var (other, written, set) = kind switch
        {
            "ningbo" => (Path.Combine(Rdsim.Scenarios, "ningbo-2013.yaml"), (string[])[], (string[])["--set", "population.firms=200", "--set", "population.weight=4600"]),
            "shorter" => (Write("shorter.yaml", "simulation:\n  lastYear: 2015\n"), ["shorter.yaml"], ["--set", "population.firms=200", "--set", "population.weight=4600"]),
            "own-seed" => (Write("own-seed.yaml", "simulation:\n  seed: 7\n"), ["own-seed.yaml"], ["--set", "population.firms=200", "--set", "population.weight=4600"]),
            "own-replications" => (Write("own-replications.yaml", "simulation:\n  replications: 2\n"), ["own-replications.yaml"], ["--set", "population.firms=200", "--set", "population.weight=4600"]),
            _ => (Write("fewer-firms.yaml", "population:\n  firms: 200\n  weight: 4600\n"), ["fewer-firms.yaml"], ["--set", "simulation.lastYear=2010"]),
        };
        // A reform file named as a user in its folder would: the error names the file as given.
        string Write(string name, string body) => Path.GetFileName(rdsim.Write(name, $"name: {name}\nextends: {Small.China}\n{body}"));

        var result = rdsim.Run(["compare", Small.China, other, .. set, "--no-charts", "--out", "c"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(error, result.Error);
        Assert.Contains(alsoSaid, result.Error);
        Assert.Contains("compare needs the same years, firms and shocks; run it on its own with rdsim run", result.Error);
        Assert.DoesNotContain("   at ", result.Error);                       // no stack trace
        Assert.Empty(rdsim.Written(written));
    }

    [Fact]
    public void Seed_and_replications_given_on_the_command_line_apply_to_every_scenario_even_one_that_sets_its_own()
    {
        using var rdsim = new Rdsim();
        rdsim.Write("own-seed.yaml", $"name: own seed\nextends: {Small.China}\nsimulation:\n  seed: 7\n  replications: 2\n");
        var result = rdsim.Run(["compare", Small.China, "own-seed.yaml", .. Small.Set(100), "--seed", "3", "--replications", "1", "--no-charts", "--out", "c"]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("Comparing 2 scenarios on seed 3 with 1 replicate(s)", result.Error);
        foreach (var run in new[] { "1-china-2008-2024", "2-own-seed" })
        {
            var manifest = File.ReadAllText(Path.Combine(rdsim.Folder, "c", run, "manifest.json"));
            Assert.Contains("--seed 3 --replications 1", manifest);
        }
    }

    [Fact]
    public void A_scenario_that_forgoes_no_revenue_is_named_in_the_bang_for_the_buck_legend_with_why_it_has_no_line()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["compare", Small.China, Small.NoIncentives, .. Small.Set(100), "--out", "c"]);

        Assert.True(result.ExitCode == 0, result.All);
        var svg = File.ReadAllText(Path.Combine(rdsim.Folder, "c", "charts", "compare_bang_for_buck.svg"));
        Assert.Contains("No R&amp;D incentives (no revenue forgone: no line)", svg);
        Assert.DoesNotContain("no revenue forgone", File.ReadAllText(Path.Combine(rdsim.Folder, "c", "charts", "compare_real_rd.svg")));
    }

    [Fact]
    public void Compare_warns_of_a_value_outside_its_advisory_range_once_naming_the_scenarios_and_the_brief_lists_it()
    {
        // Before: rdsim run warned of ε = 4, compare said nothing, and its brief gave no sign that every number rested on it.
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["compare", Small.China, Small.NoIncentives, .. Small.Set(100), "--set", "behaviour.userCostElasticity=4", "--no-charts", "--out", "c"]);

        Assert.Equal(0, result.ExitCode);
        const string warning = "--set: warning: behaviour.userCostElasticity = 4 is outside the advisory range [0.3, 2] (elasticity); check that this is intended.";
        var line = Assert.Single(result.Error.Split('\n'), l => l.Contains("behaviour.userCostElasticity", StringComparison.Ordinal));
        Assert.Equal($"{warning} (in {Small.China}, {Small.NoIncentives})", line);
        var brief = File.ReadAllText(Path.Combine(rdsim.Folder, "c", "brief.html"));
        Assert.Contains("<h3>Values outside the advisory range</h3>", brief);
        Assert.Contains("behaviour.<wbr>userCostElasticity = 4 is outside the advisory range", brief);
        Assert.Contains("(in China 2008-2024 (calibrated), No R&amp;D incentives)", brief);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("unknown-set")]
    [InlineData("out-is-file")]
    public void Bad_input_exits_2_and_writes_nothing(string kind)
    {
        using var rdsim = new Rdsim();
        rdsim.Write("taken", "a file");
        string[] args = kind switch
        {
            "missing" => ["compare", Small.China, "nowhere.yaml", "--out", "c"],
            "unknown-set" => ["compare", Small.China, Small.NoIncentives, "--set", "hnte.rte=0.1", "--out", "c"],
            _ => ["compare", Small.China, Small.NoIncentives, "--out", "taken"],
        };
        var result = rdsim.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["taken"], rdsim.Written());
    }
}
