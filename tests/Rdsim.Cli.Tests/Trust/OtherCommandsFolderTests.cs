using System.Security.Cryptography;
using Rdsim.Cli.Tests.Commands;

namespace Rdsim.Cli.Tests.Trust;

/// <summary>
/// A new user's try-out: <c>run --out</c> a compare folder exited 0, deleted the comparison's charts and overwrote its brief and
/// workbook (they are rdsim's, on the ledger); the same for a run into a sweep folder and a comparison into a run folder. Each
/// command now refuses a folder holding another command's results, even with --force, and touches nothing there.
/// </summary>
public class OtherCommandsFolderTests
{
    private static string[] Run(string folder, params string[] more) =>
        ["run", Small.NoIncentives, .. Small.Set(200), "--engine", "reference", "--out", folder, .. more];

    private static string[] Compare(string folder, params string[] more) => ["compare", Small.China, Small.NoIncentives, .. Small.Set(200), "--out", folder, .. more];

    [Fact]
    public void A_run_into_a_compare_folder_and_a_comparison_into_a_run_folder_are_refused_even_with_force_and_change_nothing()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(Compare("c")).ExitCode);
        var comparison = Files(rdsim, "c");
        Assert.Contains("charts/compare_real_rd.png", comparison.Keys);
        foreach (var more in new[] { new[] { "--no-charts" }, ["--no-charts", "--force"] })
        {
            var refused = rdsim.Run(Run("c", more));
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("c: error: --out: cannot write results here: it holds a comparison (rdsim compare), not a run", refused.Error);
            Assert.DoesNotContain("   at ", refused.All);
            Assert.Equal(comparison, Files(rdsim, "c"));
        }

        Assert.Equal(0, rdsim.Run(Run("r")).ExitCode);
        var run = Files(rdsim, "r");
        Assert.Contains(run.Keys, f => f.StartsWith("charts/", StringComparison.Ordinal));
        var intoRun = rdsim.Run(Compare("r", "--force"));
        Assert.Equal(2, intoRun.ExitCode);
        Assert.Contains("r: error: --out: cannot write results here: it holds a run (rdsim run), not a comparison", intoRun.Error);
        Assert.Equal(run, Files(rdsim, "r"));
    }

    [Fact]
    public void A_run_into_a_sweep_folder_is_refused_and_report_names_the_command_that_redraws_the_sweep()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["sweep", Small.China, .. Small.Set(200), "--vary", "hnte.rate=0.10,0.15", "--out", "s"]).ExitCode);
        var sweep = Files(rdsim, "s");
        Assert.Contains("charts/frontier.svg", sweep.Keys);
        var refused = rdsim.Run(Run("s", "--force"));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("s: error: --out: cannot write results here: it holds a parameter sweep (rdsim sweep), not a run", refused.Error);
        Assert.Equal(sweep, Files(rdsim, "s"));

        // Before: "manifest.json: error: there is no manifest here: not a finished run folder".
        var report = rdsim.Run("report", "s");
        Assert.Equal(2, report.ExitCode);
        Assert.Contains("s: error: <DIR>: it holds a parameter sweep (rdsim sweep), whose charts report cannot redraw", report.Error);
        var chinese = rdsim.Run("report", "s", "--lang", "zh");
        Assert.Equal(2, chinese.ExitCode);
        Assert.Equal(sweep, Files(rdsim, "s"));

        // The command it names draws the charts again, in Chinese, and runs no point again.
        var suggested = chinese.Error.TrimEnd()[(chinese.Error.IndexOf("rdsim sweep ", StringComparison.Ordinal) + "rdsim ".Length)..];
        Assert.EndsWith("--out s --resume --lang zh", suggested);
        var redrawn = rdsim.Run(suggested.Split(' '));
        Assert.True(redrawn.ExitCode == 0, redrawn.All);
        var after = Files(rdsim, "s");
        Assert.Equal(sweep["sweep.csv"], after["sweep.csv"]);
        Assert.Equal(sweep["points/0.csv"], after["points/0.csv"]);
        Assert.NotEqual(sweep["charts/frontier.svg"], after["charts/frontier.svg"]);
    }

    /// <summary>Every file of <paramref name="folder"/> but rdsim's state (whose lock and owner every writer touches), with its hash.</summary>
    private static Dictionary<string, string> Files(Rdsim rdsim, string folder)
    {
        var root = Path.Combine(rdsim.Folder, folder);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.StartsWith(".rdsim/", StringComparison.Ordinal) && !f.Contains("/.rdsim/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, f)))));
    }
}
