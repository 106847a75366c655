using System.Runtime.InteropServices;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// How the command line was asked to stop: Ctrl+C (SIGINT) at a terminal, or SIGTERM, which a scheduler, <c>timeout</c>,
/// <c>kill</c> or <c>docker stop</c> sends. Both cancel the verb the same way, so that it leaves nothing half-written (without a
/// handler, SIGTERM ended the process at once and left a comparison's finished run folders beside no compare.json); the
/// message names the signal, and the exit code is the shell's 128 + its number (a silo stopped either way leaves the cluster
/// and exits 0).
/// </summary>
public static class StopSignal
{
    private static volatile bool _terminated;

    /// <summary>The signal's name for messages: <c>Ctrl+C</c> or <c>SIGTERM</c>.</summary>
    public static string Name => _terminated ? "SIGTERM" : "Ctrl+C";

    /// <summary>The exit code of a stopped verb: 130 after Ctrl+C, 143 after SIGTERM.</summary>
    public static int ExitCode => _terminated ? ExitCodes.Terminated : ExitCodes.Cancelled;

    /// <summary>Turns Ctrl+C and SIGTERM into cancelling <paramref name="cancel"/>; dispose the result to stop listening.</summary>
    public static IDisposable Cancels(CancellationTokenSource cancel)
    {
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;   // let the verb stop cleanly instead of killing the process
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;   // as for Ctrl+C: the verb stops, cleans up and returns
            _terminated = true;
            cancel.Cancel();
        });
        return new Registration(() =>
        {
            Console.CancelKeyPress -= onCtrlC;
            sigterm.Dispose();
        });
    }

    private sealed class Registration(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
