namespace Rdsim.Cli.Tests.Commands;

/// <summary><c>rdsim calibrate</c> as a user runs it: a tiny search, its outputs, and bad input.</summary>
public class CalibrateTests
{
    private const string Targets = """
        metric,value,unit,year,source_phrase
        claimants,40,firms,2018,a made-up count for a 300-firm population
        hnte_firms,5,firms,2018,a made-up count
        rd_to_gdp,0.022,fraction,2018,GDP is not modelled
        """;

    [Fact]
    public void A_small_fit_writes_its_table_chart_and_a_fitted_scenario_that_validates()
    {
        using var rdsim = new Rdsim();
        rdsim.Write("targets.csv", Targets);
        // --fitted may name a file in the --out folder that the command creates.
        var result = rdsim.Run(["calibrate", Small.China, .. Small.Set(), "--targets", "targets.csv", "--free", "claimCost2016,certificationCost",
            "--replications", "1", "--max-evaluations", "8", "--screening", "4", "--starts", "1", "--out", "fit", "--fitted", "fit/china-fitted.yaml"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| claimants", result.Out);
        Assert.Contains("not fitted: rd_to_gdp 2018 (GDP is not modelled)", result.Out);
        // 8 simulations for 2 free parameters: too few to have converged, and it says so.
        Assert.Contains("warning: 8 simulations for 2 free parameters is a small budget", result.Error);

        var table = File.ReadAllLines(Path.Combine(rdsim.Folder, "fit", "fit.csv"));
        Assert.Equal(4, table.Length); // the header, the two fitted targets and the one it cannot fit, with why
        Assert.EndsWith("not fitted: GDP is not modelled", table[3]);
        Assert.True(new FileInfo(Path.Combine(rdsim.Folder, "fit", "fit.png")).Length > 10_000);
        var fitted = File.ReadAllText(Path.Combine(rdsim.Folder, "fit", "china-fitted.yaml"));
        Assert.Contains("claimCost:", fitted);
        Assert.Contains("certificationCost:", fitted);

        // The fitted scenario keeps the --set values the fit was made with, so it reproduces the fit as it stands.
        var validate = rdsim.Run("validate", Path.Combine(rdsim.Folder, "fit", "china-fitted.yaml"));
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("2015–2018", validate.Out);
        Assert.Contains("300 synthetic firms", validate.Out);
        var again = rdsim.Run("calibrate", "fit/china-fitted.yaml", "--targets", "targets.csv", "--free", "claimCost2016,certificationCost", "--replications", "1", "--max-evaluations", "0", "--out", "again");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(table, File.ReadAllLines(Path.Combine(rdsim.Folder, "again", "fit.csv")));
    }

    [Fact]
    public void Several_population_draws_are_pooled_and_recorded_in_the_fitted_scenario()
    {
        using var rdsim = new Rdsim();
        rdsim.Write("targets.csv", Targets);
        var result = rdsim.Run(["calibrate", Small.China, .. Small.Set(), "--targets", "targets.csv", "--free", "claimCost2016",
            "--replications", "2", "--populations", "2", "--max-evaluations", "2", "--screening", "0", "--starts", "1", "--out", "fit"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Fit · 2 replicate(s) on each of 2 population draws", result.Out);
        var fitted = File.ReadAllText(Path.Combine(rdsim.Folder, "fit", "china-2008-2024-fitted.yaml"));
        Assert.Contains("--populations 2", fitted);
        Assert.Contains("# on each of 2 population draws", fitted);
    }

    [Fact]
    public void Without_a_budget_a_scenario_is_compared_as_it_is_whatever_it_fixes_by_year()
    {
        using var rdsim = new Rdsim();
        rdsim.Write("targets.csv", Targets);
        // The China preset fixes the claim cost and the qualifying share by year, which the default free set would fit whole.
        var result = rdsim.Run(["calibrate", Small.China, .. Small.Set(), "--targets", "targets.csv", "--max-evaluations", "0", "--out", "as-is"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| claimants", result.Out);
        Assert.Equal(4, File.ReadAllLines(Path.Combine(rdsim.Folder, "as-is", "fit.csv")).Length);
    }

    [Theory]
    [InlineData("no-populations")]
    [InlineData("bad-target")]
    [InlineData("unknown-free")]
    [InlineData("free-at-zero")]
    [InlineData("free-at-one")]
    [InlineData("fitted-nowhere")]
    [InlineData("start-missing")]
    [InlineData("start-outside")]
    public void Bad_input_exits_2_names_the_problem_and_writes_nothing(string kind)
    {
        using var rdsim = new Rdsim();
        rdsim.Write("targets.csv", kind == "bad-target" ? Targets.Replace("claimants,40", "claimants,forty") : Targets);
        // A start far outside the range the input allows its claim cost from 2016 (× e^±2).
        if (kind == "start-outside") rdsim.Write("start.yaml", $"extends: \"{Small.China}\"\nsuperDeduction:\n  claimCost: {{2008: 0.2634, 2016: 5}}\n");
        string[] extra = kind switch
        {
            "unknown-free" => ["--free", "claimCost,claimCots"],
            "free-at-zero" => ["--free", "claimCost2016,titleBenefit"],   // hnte.titleBenefit is 0 in the preset
            "free-at-one" => ["--free", "claimCost2016,applicationRate"],   // hnte.applicationRate is 1 in the preset
            "fitted-nowhere" => ["--fitted", "elsewhere/fitted.yaml"],
            "no-populations" => ["--populations", "0"],
            "start-missing" => ["--start-from", "nowhere.yaml"],
            "start-outside" => ["--free", "claimCost2016", "--start-from", "start.yaml"],
            _ => [],
        };
        var result = rdsim.Run(["calibrate", Small.China, .. Small.Set(), "--targets", "targets.csv", "--max-evaluations", "4", "--out", "fit", .. extra]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(kind switch { "bad-target" => "targets.csv:2", "unknown-free" => "claimCots", "free-at-zero" => "'titleBenefit' scales hnte.titleBenefit by a factor, and the scenario starts it at 0",
            "free-at-one" => "'applicationRate' shifts the log-odds of hnte.applicationRate, and the scenario starts it at 1", "no-populations" => "--populations",
            "start-missing" => "nowhere.yaml", "start-outside" => "start.yaml: error: --start-from: free parameter 'claimCost2016' is at coordinate", _ => "--fitted" }, result.Error);
        Assert.Equal(kind == "start-outside" ? ["start.yaml", "targets.csv"] : ["targets.csv"], rdsim.Written().Order());
        Assert.DoesNotContain("Fitting", result.Error);   // the fit's header waits until its inputs hold: the error stands alone
    }

    [Fact]
    public void In_Chinese_the_fit_speaks_Chinese()
    {
        using var rdsim = new Rdsim();
        rdsim.Write("targets.csv", Targets);
        var result = rdsim.Run(["calibrate", Small.China, .. Small.Set(), "--targets", "targets.csv", "--free", "claimCost2016",
            "--replications", "1", "--max-evaluations", "2", "--screening", "0", "--starts", "1", "--out", "fit", "--lang", "zh"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("校准2个目标（另有1个列出但不参与拟合）", result.Error);
        Assert.Contains("拟合 · 1次重复模拟 · 距离", result.Out);
        Assert.Contains("| 目标", result.Out);
        Assert.Contains("拟合参数", result.Out);
        Assert.Contains("未拟合：rd_to_gdp 2018（模型不含GDP）", result.Out);
        Assert.Contains("预算偏小", result.Error);
        foreach (var english in new[] { "Fitting", "Fit ·", "simulated mean", "Fitted parameters", "not fitted", "Wrote" })
        {
            Assert.DoesNotContain(english, result.Out + result.Error);
        }
    }
}
