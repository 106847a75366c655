using System.Diagnostics;
using Rdsim.Cli.Tests.Commands;

namespace Rdsim.Cli.Tests.Trust;

/// <summary>
/// Issue #12, case 7: Ctrl+C is honoured in every phase (the simulation phase: CrashSafetyTests). Before: SIGINT while
/// the results were written exited 0 with a complete folder (6 of 6), and Chromium, in rdsim's process group, got the
/// signal too and brief.pdf was silently missing.
/// </summary>
public class CtrlCTests
{
    [Theory]
    [InlineData("Drawing charts in")]
    [InlineData("Printing brief.pdf")]
    public void Ctrl_C_at_the_terminal_while_the_results_are_written_exits_130_leaves_no_manifest_and_stops_chromium(string phase)
    {
        using var rdsim = new Rdsim();
        var temp = Directory.CreateDirectory(Path.Combine(rdsim.Folder, "tmp")).FullName;
        rdsim.Environment["TMPDIR"] = temp;   // Chromium's profile goes here: its processes are found by it
        using var run = new Watched(rdsim.StartInOwnGroup(["run", Small.China, .. Small.Set(2000), "--engine", "reference", "--out", "r"]));
        run.WaitFor(phase);
        // As a terminal does: SIGINT to the whole foreground process group (rdsim leads its own here).
        Process.Start("kill", $"-s INT -- -{run.Process.Id}")!.WaitForExit();
        Assert.True(run.Exit() == 130, run.Error);
        Assert.Contains("Stopped (Ctrl+C)", run.Error);
        Assert.False(File.Exists(Path.Combine(rdsim.Folder, "r", "manifest.json")), "a stopped run must not look complete");
        Assert.True(Chromiums(temp).Count == 0, "Chromium kept running after rdsim stopped.");
    }

    /// <summary>Processes whose command line mentions <paramref name="folder"/>, waiting a little for any to end.</summary>
    private static IReadOnlyList<int> Chromiums(string folder)
    {
        for (var attempt = 0; ; attempt++)
        {
            var found = Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsDigit)).Select(int.Parse!)
                .Where(pid => CommandLine(pid).Contains(folder, StringComparison.Ordinal)).ToList();
            if (found.Count == 0 || attempt == 20) return found;
            Thread.Sleep(250);
        }
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }
}
