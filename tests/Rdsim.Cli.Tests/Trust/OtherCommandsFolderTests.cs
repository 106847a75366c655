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

    /// <summary>
    /// A try-out: <c>run --out CMP/1-china-2008-2024</c> exited 0 without --force and replaced the comparison's baseline run (only the
    /// top folder's kind was checked), and <c>report CMP</c> then drew a brief claiming "the same firms and shocks".
    /// </summary>
    [Fact]
    public void A_run_into_a_comparisons_run_folder_is_refused_and_report_refuses_a_member_replaced_behind_its_back()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(Compare("c", "--no-charts")).ExitCode);
        var comparison = Files(rdsim, "c");
        foreach (var inside in new[] { "c/1-china-2008-2024", "c/2-no-incentives", "c/charts/new" })
        {
            foreach (var more in new[] { new[] { "--no-charts" }, ["--no-charts", "--force"] })
            {
                var refused = rdsim.Run(Run(inside, more));
                Assert.Equal(2, refused.ExitCode);
                Assert.Contains($"{inside}: error: --out: cannot write results here: it is inside c, which holds a comparison (rdsim compare)", refused.Error);
                Assert.DoesNotContain("   at ", refused.All);
                Assert.Equal(comparison, Files(rdsim, "c"));
            }
        }
        Assert.False(Directory.Exists(Path.Combine(rdsim.Folder, "c", "charts")));

        // compare.json records each run's results; a run put in a member's place (here copied, as run no longer can) is found out.
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(rdsim.Folder, "c", "compare.json"))).RootElement;
        Assert.Equal(["1-china-2008-2024", "2-no-incentives"], manifest.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("run").GetString()));
        Assert.Equal(0, rdsim.Run(["run", Small.NoIncentives, "--set", "population.firms=150", "--set", "population.weight=6133", "--set", "simulation.firstYear=2015",
            "--set", "simulation.lastYear=2018", "--no-charts", "--out", "other"]).ExitCode);
        var baseline = Path.Combine(rdsim.Folder, "c", "1-china-2008-2024");
        Directory.Delete(baseline, recursive: true);
        CopyFolder(Path.Combine(rdsim.Folder, "other"), baseline);
        var before = Files(rdsim, "c");
        var report = rdsim.Run("report", "c");
        Assert.Equal(2, report.ExitCode);
        Assert.Contains("c/1-china-2008-2024: error: replaced since the comparison was made: its results (fingerprint ", report.Error);
        Assert.Contains("rdsim report --allow-modified draws it anyway", report.Error);
        Assert.DoesNotContain("   at ", report.All);
        Assert.Equal(before, Files(rdsim, "c"));

        var allowed = rdsim.Run("report", "c", "--allow-modified");
        Assert.True(allowed.ExitCode == 0, allowed.All);
        Assert.Contains("warning: c/1-china-2008-2024: replaced since the comparison was made", allowed.Error);
        var brief = File.ReadAllText(Path.Combine(rdsim.Folder, "c", "brief.html"));
        Assert.Contains("Warning: this folder was changed after rdsim wrote it.", brief);
        Assert.Contains("replaced since the comparison was made", brief);
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
        // Nor inside it: only the top folder's kind was checked, and a run went into the sweep's points/ and charts/.
        foreach (var inside in new[] { "s/points", "s/charts" })
        {
            var within = rdsim.Run(Run(inside, "--force"));
            Assert.Equal(2, within.ExitCode);
            Assert.Contains($"{inside}: error: --out: cannot write results here: it is inside s, which holds a parameter sweep (rdsim sweep)", within.Error);
            Assert.Equal(sweep, Files(rdsim, "s"));
        }

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

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
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
