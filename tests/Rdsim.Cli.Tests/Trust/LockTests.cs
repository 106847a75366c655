using System.Diagnostics;
using Rdsim.Cli.Tests.Commands;

namespace Rdsim.Cli.Tests.Trust;

/// <summary>
/// Issue #12, case 3: one writer per output folder. Before: two runs at once into one folder both exited 0, and in 2 of
/// 3 trials the manifest named one run while years.csv was the other's; two sweeps mixed their points; report while a
/// run wrote the folder crashed with a stack trace.
/// </summary>
public class LockTests
{
    private static readonly string[] Long = ["--set", "population.firms=150000", "--engine", "reference", "--no-charts"];

    [Fact]
    public void A_second_writer_is_refused_naming_the_first_ones_process_and_command()
    {
        using var rdsim = new Rdsim();
        using var first = Simulating(rdsim, ["run", Small.China, .. Long, "--out", "o"]);
        var second = rdsim.Run(["run", Small.NoIncentives, .. Small.Set(), "--engine", "reference", "--no-charts", "--out", "o"]);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains($"o: error: --out: cannot write results here: another rdsim is writing this folder (PID {first.Process.Id} on ", second.Error);
        Assert.Contains($"rdsim run {Small.China} --set population.firms=150000", second.Error);
        Assert.DoesNotContain("No R&D incentives", second.Out);   // refused before it simulated

        var report = rdsim.Run("report", "o");
        Assert.Equal(2, report.ExitCode);
        Assert.DoesNotContain("   at ", report.Error);
    }

    [Fact]
    public void A_second_sweep_into_the_same_folder_is_refused_so_points_never_mix()
    {
        using var rdsim = new Rdsim();
        string[] Sweep(string seed) => ["sweep", Small.China, "--set", "population.firms=60000", "--seed", seed, "--vary", "hnte.rate=0.10,0.15,0.20", "--no-charts", "--out", "s"];
        using var first = Simulating(rdsim, Sweep("1"));
        var second = rdsim.Run(Sweep("2"));
        Assert.Equal(2, second.ExitCode);
        Assert.Contains($"another rdsim is writing this folder (PID {first.Process.Id} on ", second.Error);
    }

    [Fact]
    public void A_lock_left_by_a_process_that_died_is_taken_over_with_a_note()
    {
        using var rdsim = new Rdsim();
        using var dead = Process.Start("true")!;
        dead.WaitForExit();
        var state = Directory.CreateDirectory(Path.Combine(rdsim.Folder, "o", ".rdsim")).FullName;
        File.WriteAllText(Path.Combine(state, "files"), "");
        File.WriteAllText(Path.Combine(state, "lock"), "");
        File.WriteAllText(Path.Combine(state, "owner"),
            $$"""{"Pid":{{dead.Id}},"Command":"rdsim run killed.yaml --out o","Started":"2026-11-30T10:00:00+00:00","Host":"{{Environment.MachineName}}"}""");
        var result = rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--no-charts", "--out", "o"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Note: took over the lock of o left by PID {dead.Id} on {Environment.MachineName}: rdsim run killed.yaml --out o, since 2026-11-30 10:00:00 UTC, which is no longer running.", result.Error);
        Assert.False(File.Exists(Path.Combine(state, "owner")), "the lock is released when the run ends");
    }

    /// <summary>Starts a long rdsim and returns once it simulates (it holds its folder's lock by then); disposing kills it.</summary>
    private static Watched Simulating(Rdsim rdsim, string[] args)
    {
        var watched = new Watched(rdsim.Start(args));
        watched.WaitFor("firm-years/s");
        return watched;
    }
}
