using System.Net;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Cli.Tests.Commands;

public class ReportTests
{
    [Fact]
    public void Report_redraws_charts_in_Chinese_from_stored_results_without_running()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--no-charts", "--out", "r"]).ExitCode);
        var years = File.ReadAllText(Path.Combine(rdsim.Folder, "r", "years.csv"));
        var report = rdsim.Run("report", "r", "--lang", "zh");
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("实际与申报研发支出", File.ReadAllText(Path.Combine(rdsim.Folder, "r", "charts", "rd_over_time.svg")));
        Assert.Contains("2018年有研发企业的当年申报研发强度分布", File.ReadAllText(Path.Combine(rdsim.Folder, "r", "charts", "intensity_histogram.svg")));
        Assert.Contains("激励政策的效果", File.ReadAllText(Path.Combine(rdsim.Folder, "r", "brief.zh.html")));
        Assert.Contains("谁从激励政策中受益", File.ReadAllText(Path.Combine(rdsim.Folder, "r", "brief.zh.html")));   // who benefits, read back from groups.csv
        Assert.Equal(years, File.ReadAllText(Path.Combine(rdsim.Folder, "r", "years.csv")));
    }

    [Fact]
    public void The_run_brief_states_the_fit_and_the_caveats_before_any_number()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--no-charts", "--out", "r"]).ExitCode);
        var brief = File.ReadAllText(Path.Combine(rdsim.Folder, "r", "brief.html"));
        var numbers = brief.IndexOf("<h2>What the incentives bought</h2>", StringComparison.Ordinal);
        // Every caveat the preset states (its fit's misses among them), word for word, before the first number.
        var caveats = ScenarioLoader.Load(Small.China, []).Caveats!;
        Assert.NotEmpty(caveats);
        foreach (var text in new[] { "<strong>Fit:</strong> Fitted by rdsim calibrate", "<strong>What to doubt:</strong>" }
                     .Concat(caveats.Select(c => WebUtility.HtmlEncode(c.En))))
        {
            Assert.InRange(brief.IndexOf(text, StringComparison.Ordinal), 0, numbers);
        }
        Assert.Equal(0, rdsim.Run("report", "r", "--lang", "zh").ExitCode);
        var zh = File.ReadAllText(Path.Combine(rdsim.Folder, "r", "brief.zh.html"));
        Assert.All(caveats, c => Assert.Contains(WebUtility.HtmlEncode(c.Zh!), zh));
    }

    [Fact]
    public void Report_on_a_folder_without_a_manifest_exits_2()
    {
        using var rdsim = new Rdsim();
        Directory.CreateDirectory(Path.Combine(rdsim.Folder, "empty"));
        var result = rdsim.Run("report", "empty");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("manifest.json", result.Error);
        Assert.Equal(2, rdsim.Run("report", "nowhere").ExitCode);
        Assert.Equal(["empty"], rdsim.Written());
    }
}
