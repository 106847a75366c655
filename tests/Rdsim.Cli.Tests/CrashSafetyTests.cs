using System.Diagnostics;

namespace Rdsim.Cli.Tests;

/// <summary>
/// Stopping a run or a sweep — Ctrl+C, or a SIGKILL at any moment — never leaves a results folder that looks
/// complete but is not, and a killed sweep resumes to exactly the files of an uninterrupted one. A folder is complete exactly when it has a manifest, which is written last; every other
/// file is written under a temporary name and renamed when whole.
/// </summary>
public class CrashSafetyTests
{
    private static readonly string China = Path.Combine(Rdsim.Scenarios, "china-2008-2024.yaml");

    [Fact]
    public void Ctrl_C_stops_the_run_with_exit_130_and_no_manifest()
    {
        using var rdsim = new Rdsim();
        using var run = new Watched(rdsim.Start("run", China, "--set", "population.firms=150000", "--engine", "reference", "--out", "stopped"));
        run.WaitFor("firm-years/s");
        Signal(run.Process, "INT");
        Assert.Equal(130, run.Exit());
        Assert.Contains("Stopped", run.Error);
        Assert.False(File.Exists(Path.Combine(rdsim.Folder, "stopped", "manifest.json")));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(1200)]
    [InlineData(2500)]
    [InlineData(4000)]
    public void A_SIGKILL_at_any_moment_leaves_either_a_complete_folder_or_one_without_a_manifest(int killAfterMs)
    {
        using var rdsim = new Rdsim();
        using var process = rdsim.Start("run", China, "--set", "population.firms=20000", "--engine", "reference", "--out", "killed");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(killAfterMs);
        if (!exited) process.Kill(entireProcessTree: true);
        process.WaitForExit();

        var folder = Path.Combine(rdsim.Folder, "killed");
        var visible = Directory.Exists(folder)
            ? Directory.GetFiles(folder).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).ToList()
            : [];
        if (visible.Contains("manifest.json"))
        {
            var years = File.ReadAllLines(Path.Combine(folder, "years.csv"));
            Assert.Equal(1 + 17, years.Length);
        }
        foreach (var csv in visible.Where(n => n!.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(folder, csv!));
            Assert.EndsWith("\n", text);   // a CSV under its real name is whole, never cut mid-row
        }
    }

    [Fact]
    public void A_sweep_killed_at_any_moment_resumes_to_the_same_files_as_an_uninterrupted_one()
    {
        using var rdsim = new Rdsim();
        string[] Sweep(string folder, params string[] more) =>
            ["sweep", China, "--set", "population.firms=3000", "--set", "simulation.firstYear=2012", "--set", "simulation.lastYear=2018",
             "--vary", "superDeduction.extraRate=0.5:1.0:0.25", "--vary", "hnte.rate=0.10,0.15", "--no-charts", "--out", folder, .. more];
        Assert.Equal(0, rdsim.Run(Sweep("whole")).ExitCode);
        var expected = File.ReadAllBytes(Path.Combine(rdsim.Folder, "whole", "sweep.csv"));

        var interrupted = 0;
        foreach (var killAfterMs in new[] { 700, 1800, 3200 })
        {
            var folder = $"killed-{killAfterMs}";
            using (var process = rdsim.Start(Sweep(folder)))
            {
                _ = process.StandardOutput.ReadToEndAsync();
                _ = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(killAfterMs))
                {
                    process.Kill(entireProcessTree: true);
                    interrupted++;
                }
                process.WaitForExit();
            }
            var csv = Path.Combine(rdsim.Folder, folder, "sweep.csv");
            if (File.Exists(csv)) Assert.Equal(expected, File.ReadAllBytes(csv));   // only ever whole
            var resumed = rdsim.Run(Directory.Exists(Path.Combine(rdsim.Folder, folder)) ? Sweep(folder, "--resume") : Sweep(folder));
            Assert.True(resumed.ExitCode == 0, resumed.All);
            Assert.Equal(expected, File.ReadAllBytes(csv));
        }
        Assert.True(interrupted > 0, "Every sweep finished before its kill: the test proved nothing; make the sweep longer.");
    }

    private static void Signal(Process process, string signal) =>
        Process.Start("kill", $"-{signal} {process.Id}")!.WaitForExit();
}
