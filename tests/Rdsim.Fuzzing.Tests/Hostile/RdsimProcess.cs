using System.Diagnostics;

namespace Rdsim.Fuzzing.Tests.Hostile;

/// <summary>
/// Runs rdsim on one hostile input as a separate process, so that what would abort or hang a test host (a stack
/// overflow, a read that never ends, a process the kernel kills for its memory) is an outcome the test can see. The
/// process gets a time limit and a 2 GB heap (DOTNET_GCHeapHardLimit): a runaway fails fast instead of taking the machine.
/// </summary>
internal static class RdsimProcess
{
    /// <summary>How one run ended.</summary>
    /// <param name="ExitCode">The exit code, or null when it was killed at the time limit.</param>
    /// <param name="Error">Standard error.</param>
    /// <param name="Elapsed">How long it ran.</param>
    public sealed record Outcome(int? ExitCode, string Error, TimeSpan Elapsed);

    /// <summary>The heap a hostile run may use.</summary>
    public const long HeapLimit = 2L << 30;

    public static Outcome Run(string folder, IReadOnlyList<string> args, TimeSpan limit)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rdsim.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimit.ToString("X");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();   // nothing to read there: a command that waits on standard input ends
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Outcome(null, stderr.Result, clock.Elapsed);
        }
        _ = stdout.Result;
        return new Outcome(process.ExitCode, stderr.Result, clock.Elapsed);
    }
}
