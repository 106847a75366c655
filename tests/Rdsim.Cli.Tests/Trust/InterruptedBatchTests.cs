using System.Diagnostics;
using Rdsim.Cli.Tests.Commands;

namespace Rdsim.Cli.Tests.Trust;

/// <summary>
/// Ctrl+C during a comparison or a sweep, sent as a terminal sends it (SIGINT to rdsim's whole process group, as CtrlCTests
/// does for a run). Before, a comparison stopped half-way left its finished run folders, each with a manifest, and the
/// tables of the one it was writing, beside no compare.json; now it leaves none of itself. A sweep keeps its finished points,
/// whole, for --resume.
/// </summary>
public class InterruptedBatchTests
{
    private static readonly string Reform = Path.Combine(Rdsim.Scenarios, "reform-hnte-10pct.yaml");

    /// <summary>A comparison of three scenarios, each run long enough (20,000 firms) to be stopped while the next one runs.</summary>
    private static string[] Compare(params string[] more) =>
        ["compare", Small.China, Small.NoIncentives, Reform, .. Small.Set(20000), "--no-charts", "--out", "c", .. more];

    [Theory]
    [InlineData("No R&D incentives:")]   // the second scenario runs: the first one's run folder is finished
    [InlineData("Printing brief.pdf")]   // every run folder is finished, and the brief is being printed
    public void A_comparison_stopped_with_Ctrl_C_exits_130_and_leaves_nothing_of_itself(string phase)
    {
        using var rdsim = new Rdsim();
        using var compare = new Watched(rdsim.StartInOwnGroup(Compare()));
        compare.WaitFor(phase);

        Interrupt(compare.Process);

        Assert.True(compare.Exit() == 130, compare.Error);
        Assert.Contains($"Stopped (Ctrl+C) before the comparison was complete: the run folders and files it had written in c/ were removed", compare.Error);
        Assert.True(!Directory.Exists(Path.Combine(rdsim.Folder, "c")), string.Join(", ", rdsim.Written()));
    }

    [Fact]
    public void A_comparison_stopped_over_an_earlier_one_removes_that_too_but_not_a_file_rdsim_did_not_write()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["compare", Small.China, Small.NoIncentives, .. Small.Set(), "--no-charts", "--out", "c"]).ExitCode);
        rdsim.Write(Path.Combine("c", "notes.txt"), "the analyst's");
        using var compare = new Watched(rdsim.StartInOwnGroup(Compare()));
        compare.WaitFor("No R&D incentives:");

        Interrupt(compare.Process);

        Assert.True(compare.Exit() == 130, compare.Error);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(Path.Combine(rdsim.Folder, "c")).Select(Path.GetFileName).Where(n => n != ".rdsim"));
    }

    [Fact]
    public void A_sweep_stopped_with_Ctrl_C_exits_130_keeps_its_finished_points_whole_and_says_how_to_resume()
    {
        using var rdsim = new Rdsim();
        string[] sweep = ["sweep", Small.China, .. Small.Set(20000), "--vary", "hnte.rate=0.10,0.12,0.14,0.16,0.18,0.20", "--no-charts", "--out", "s"];
        using var run = new Watched(rdsim.StartInOwnGroup(sweep));
        var points = Path.Combine(rdsim.Folder, "s", "points");
        WaitUntil(() => File.Exists(Path.Combine(points, "0.csv")), run);

        Interrupt(run.Process);

        Assert.True(run.Exit() == 130, run.Error);
        Assert.Matches(@"Stopped \(Ctrl\+C\) with [1-5] of 6 points finished", run.Error);
        Assert.Contains("Run the rest with: rdsim sweep ", run.Error);
        Assert.Contains("--out s --resume", run.Error);
        Assert.False(File.Exists(Path.Combine(rdsim.Folder, "s", "sweep.csv")), "a stopped sweep must not look complete");
        Assert.All(Directory.GetFiles(points), p => Assert.Equal(1 + 4, File.ReadAllLines(p).Length));   // each point whole: header and 4 years
        var resumed = rdsim.Run([.. sweep, "--resume"]);
        Assert.True(resumed.ExitCode == 0, resumed.All);
        Assert.Matches(@"[1-5] finished, [1-5] to run", resumed.Error);
    }

    /// <summary>SIGINT to rdsim's process group, as a terminal's Ctrl+C (rdsim leads its own group here).</summary>
    private static void Interrupt(Process process) => Process.Start("kill", $"-s INT -- -{process.Id}")!.WaitForExit();

    /// <summary>Waits (at most two minutes, while rdsim runs) until <paramref name="done"/>.</summary>
    private static void WaitUntil(Func<bool> done, Watched run)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline && !run.Process.HasExited, $"rdsim ended or took too long:\n{run.Error}");
            Thread.Sleep(20);
        }
    }
}
