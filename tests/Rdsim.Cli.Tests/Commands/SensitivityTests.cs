using System.Text.Json;

namespace Rdsim.Cli.Tests.Commands;

public class SensitivityTests
{
    /// <summary>The parameters the registry marks uncertain, each at the ends of its advisory range (docs/parameters.md).</summary>
    internal static readonly (string Name, string Low, string High)[] Uncertain =
    [
        ("hnte.certificationCost", "0", "2"), ("behaviour.userCostElasticity", "0.3", "2"), ("behaviour.adjustmentSpeed", "0.1", "0.6"),
        ("behaviour.discountRate", "0.02", "0.15"), ("behaviour.relabel.marginalCost0", "0.02", "0.5"),
    ];

    [Fact]
    public void The_folder_holds_the_table_and_tornadoes_of_the_uncertain_parameters_and_its_base_row_is_a_plain_run()
    {
        using var rdsim = new Rdsim();
        var analysis = rdsim.Run(["sensitivity", Small.China, .. Small.Set(), "--out", "s"]);
        Assert.True(analysis.ExitCode == 0, analysis.All);
        var plain = rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--no-charts", "--out", "r"]);
        Assert.True(plain.ExitCode == 0, plain.All);

        var folder = Path.Combine(rdsim.Folder, "s");
        foreach (var metric in new[] { "cum_bang_for_buck", "cum_induced_real_rd", "cum_revenue_forgone", "cum_induced_relabeled_share" })
        {
            foreach (var ext in new[] { ".png", ".svg", ".csv" }) Assert.True(File.Exists(Path.Combine(folder, "charts", $"tornado_{metric}{ext}")), metric + ext);
        }
        Assert.Contains("Moved most by", File.ReadAllText(Path.Combine(folder, "brief.md")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "sensitivity.json")));
        Assert.Contains(manifest.RootElement.GetProperty("files").EnumerateArray(), f => f.GetProperty("path").GetString() == "sensitivity.csv");

        var table = Csv(Path.Combine(folder, "sensitivity.csv"));
        Assert.Equal(1 + 2 * Uncertain.Length, table.Count);
        Assert.Equal(["base", "", ""], [table[0]["end"], table[0]["parameter"], table[0]["value"]]);
        Assert.Equal(Uncertain.SelectMany(u => new[] { (u.Name, "low", u.Low), (u.Name, "high", u.High) }),
            table.Skip(1).Select(r => (r["parameter"], r["end"], r["value"])));

        // The base row is the plain run, bit for bit: the same fingerprint and the same cumulative numbers as its last year.
        using var runManifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(rdsim.Folder, "r", "manifest.json")));
        Assert.Equal(runManifest.RootElement.GetProperty("resultFingerprint").GetString(), table[0]["result_fingerprint"]);
        var lastYear = Csv(Path.Combine(rdsim.Folder, "r", "years.csv"))[^1];
        foreach (var column in new[] { "cum_induced_real_rd", "cum_revenue_forgone", "cum_bang_for_buck" }) Assert.Equal(lastYear[column], table[0][column]);
        // The elasticity moves everything, even in four years of 300 firms: its variants are not the base run again.
        Assert.All(table.Where(r => r["parameter"] == "behaviour.userCostElasticity"), r => Assert.NotEqual(table[0]["result_fingerprint"], r["result_fingerprint"]));
    }

    [Fact]
    public void Run_with_sensitivity_puts_the_band_in_the_brief_and_report_draws_it_again()
    {
        using var rdsim = new Rdsim();
        var run = rdsim.Run(["run", Small.China, .. Small.Set(200), "--engine", "reference", "--sensitivity", "--out", "r"]);
        Assert.True(run.ExitCode == 0, run.All);
        var folder = Path.Combine(rdsim.Folder, "r");
        Assert.Contains("Sensitivity to behavioural assumptions", File.ReadAllText(Path.Combine(folder, "brief.html")));
        Assert.Contains("\"path\": \"sensitivity.csv\"", File.ReadAllText(Path.Combine(folder, "manifest.json")));

        File.Delete(Path.Combine(folder, "brief.html"));
        var report = rdsim.Run("report", "r");
        Assert.True(report.ExitCode == 0, report.All);
        Assert.Contains("Sensitivity to behavioural assumptions", File.ReadAllText(Path.Combine(folder, "brief.html")));
        Assert.True(File.Exists(Path.Combine(folder, "charts", "tornado_cum_bang_for_buck.png")));
    }

    [Fact]
    public void A_sensitivity_without_incentives_draws_tornadoes_of_undefined_metrics_that_say_so()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["sensitivity", Small.NoIncentives, .. Small.Set(100), "--vary", "behaviour.userCostElasticity=0.5,1.5", "--out", "s"]);

        Assert.True(result.ExitCode == 0, result.All);
        var svg = File.ReadAllText(Path.Combine(rdsim.Folder, "s", "charts", "tornado_cum_bang_for_buck.svg"));
        Assert.Contains("Undefined in the base run", svg);
        Assert.DoesNotContain("NaN", svg);
    }

    [Theory]
    [InlineData("behaviour.elasticity=0.5,1.5", "unknown parameter 'behaviour.elasticity'")]
    [InlineData("behaviour.userCostElasticity=low,high", "behaviour.userCostElasticity: 'low' is not a number")]
    [InlineData("behaviour.userCostElasticity=0.01,1.5", "behaviour.userCostElasticity: 0.01 is outside the valid range [0.05, 5]")]
    [InlineData("behaviour.userCostElasticity=0.5", "give the two ends")]
    [InlineData("behaviour.userCostElasticity=1.5,0.5", "the low end must come first")]
    [InlineData("hnte.enabled=0,1", "hnte.enabled is not a number")]
    [InlineData("simulation.seed=1,2", "common random numbers")]
    [InlineData("population.firms=5000,20000", "population.firms sets how many enterprises the firms stand for, not an assumption")]
    [InlineData("population.weight=46,184", "use rdsim sweep --vary population.weight")]
    public void A_bad_vary_exits_2_names_the_parameter_and_writes_nothing(string vary, string message)
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("sensitivity", Small.China, "--vary", vary, "--out", "s");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Empty(rdsim.Written());
    }

    /// <summary>A CSV rdsim wrote (no quoted commas in these files' cells) as rows of cells by column name.</summary>
    /// <summary>A CSV file rdsim wrote (no quoted cells), as one dictionary per row keyed by the header.</summary>
    internal static List<Dictionary<string, string>> Csv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return [.. lines[1..].Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }
}
