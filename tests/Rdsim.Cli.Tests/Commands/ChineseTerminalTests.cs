using System.Text.RegularExpressions;
using Rdsim.Cli.Tests.Brief;

namespace Rdsim.Cli.Tests.Commands;

/// <summary>
/// <c>--lang zh</c> on the terminal, as a user sees it: every line rdsim writes for people (what runs, progress, warnings, where
/// the results are) and every result table is Chinese, apart from names and numbers — scenario names, paths and file names,
/// parameter keys and values, the engine's and the browser's names. The English default stays English.
/// </summary>
public partial class ChineseTerminalTests
{
    [Fact]
    public void Run_compare_sensitivity_and_sweep_speak_chinese_under_lang_zh()
    {
        using var rdsim = new Rdsim();
        var reform = Path.Combine(Rdsim.Scenarios, "reform-hnte-10pct.yaml");
        (string Verb, string[] Args)[] verbs =
        [
            // An HNTE rate above its advisory range and above the standard rate: two warnings of the scenario's.
            ("run", ["run", Small.China, .. Small.Set(200), "--set", "hnte.rate=0.3", "--engine", "reference", "--out", "r"]),
            ("compare", ["compare", Small.China, reform, .. Small.Set(200), "--no-charts", "--out", "c"]),
            ("sensitivity", ["sensitivity", Small.China, .. Small.Set(200), "--vary", "behaviour.userCostElasticity=0.5,1.5", "--no-charts", "--out", "s"]),
            ("sweep", ["sweep", Small.China, .. Small.Set(200), "--vary", "hnte.rate=0.10,0.15", "--no-charts", "--out", "w"]),
        ];
        foreach (var (verb, args) in verbs)
        {
            var result = rdsim.Run([.. args, "--lang", "zh"]);
            Assert.True(result.ExitCode == 0, result.All);
            var english = EnglishRuns.In(Plain(result.All, rdsim.Folder), Names);
            Assert.True(english.Count == 0, $"{verb}: English left on the terminal: {string.Join(" | ", english)}\n{result.All}");
            Assert.Contains("结果在", result.Error);
        }
        var run = rdsim.Run(["run", Small.China, .. Small.Set(200), "--set", "hnte.rate=0.3", "--engine", "reference", "--out", "r", "--lang", "zh"]);
        Assert.Contains("警告: hnte.rate = 0.3 超出建议范围", run.Error);
        Assert.Contains("高于标准税率", run.Error);
        Assert.Contains("年份", run.Out);
    }

    [Fact]
    public void The_english_default_stays_english()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["run", Small.China, .. Small.Set(200), "--set", "hnte.rate=0.3", "--engine", "reference", "--no-charts", "--out", "r"]);
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("warning: hnte.rate = 0.3 is outside the advisory range", result.Error);
        Assert.Contains("Results in", result.Error);
        Assert.DoesNotMatch(Han(), result.Error.Replace("China 2008-2024", "", StringComparison.Ordinal));
        // The check the Chinese verbs pass finds the English of the default: it would find English left in them.
        Assert.NotEmpty(EnglishRuns.In(Plain(result.All, rdsim.Folder), Names));
    }

    /// <summary>What may stay as it is in a Chinese line: the scenarios' names, the engine's, the browser's.</summary>
    private static readonly string[] Names = ["China 2008-2024 (calibrated)", "HNTE rate 10%", "reference", "in-process loop on"];

    /// <summary>
    /// The terminal's text without what is not prose: the test's folder, paths and file names, parameter keys and their values,
    /// and the progress bar's characters.
    /// </summary>
    private static string Plain(string text, string folder) =>
        NotProse().Replace(text.Replace(folder, " ", StringComparison.Ordinal), " ");

    [GeneratedRegex(@"\S*/\S*|\S+\.(csv|xlsx|json|html|pdf|md|yaml)\b|\b[a-z]+[A-Z]?\w*\.[\w.]+|--\w[\w-]*")]
    private static partial Regex NotProse();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
