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
