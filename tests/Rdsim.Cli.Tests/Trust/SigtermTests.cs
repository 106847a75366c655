using System.Diagnostics;
using Rdsim.Cli.Tests.Commands;

namespace Rdsim.Cli.Tests.Trust;

/// <summary>
/// SIGTERM, as a scheduler, <c>timeout</c>, <c>kill</c> or <c>docker stop</c> sends it to rdsim alone, stops a verb as Ctrl+C
/// does: nothing half-written, a message that names the signal, exit code 143. Before, it ended the process at once: a
/// comparison left its finished run folders beside no compare.json (InterruptedBatchTests has the Ctrl+C cases).
/// </summary>
public class SigtermTests
{
    [Fact]
    public void A_run_stopped_by_SIGTERM_exits_143_and_leaves_no_manifest()
    {
        using var rdsim = new Rdsim();
        using var run = new Watched(rdsim.StartInOwnGroup(["run", Small.China, .. Small.Set(20000), "--engine", "reference", "--no-charts", "--out", "r"]));
        run.WaitFor("firm-years/s");

        Terminate(run.Process);

        Assert.True(run.Exit() == 143, run.Error);
        Assert.Contains("Stopped (SIGTERM). No result files were completed.", run.Error);
        Assert.False(File.Exists(Path.Combine(rdsim.Folder, "r", "manifest.json")), "a stopped run must not look complete");
    }

    [Fact]
    public void A_comparison_stopped_by_SIGTERM_exits_143_and_leaves_nothing_of_itself()
    {
        using var rdsim = new Rdsim();
        using var compare = new Watched(rdsim.StartInOwnGroup(
            ["compare", Small.China, Small.NoIncentives, .. Small.Set(20000), "--no-charts", "--out", "c"]));
        compare.WaitFor("No R&D incentives:");   // the first scenario's run folder is finished

        Terminate(compare.Process);

        Assert.True(compare.Exit() == 143, compare.Error);
        Assert.Contains("Stopped (SIGTERM) before the comparison was complete", compare.Error);
        Assert.True(!Directory.Exists(Path.Combine(rdsim.Folder, "c")), string.Join(", ", rdsim.Written()));
    }

    /// <summary>SIGTERM to rdsim's process alone, as <c>kill PID</c> sends it.</summary>
    private static void Terminate(Process process) => Process.Start("kill", ["-s", "TERM", process.Id.ToString()])!.WaitForExit();
}
