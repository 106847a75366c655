using System.Diagnostics;

namespace Rdsim.Cli.Tests;

/// <summary>An rdsim started without waiting, whose standard error is collected so a test can act when a line appears.</summary>
internal sealed class Watched : IDisposable
{
    private readonly List<string> _lines = [];

    public Watched(Process process)
    {
        Process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_lines)
            {
                _lines.Add(e.Data);
                Monitor.PulseAll(_lines);
            }
        };
        process.BeginErrorReadLine();
        _ = process.StandardOutput.ReadToEndAsync();
    }

    public Process Process { get; }

    /// <summary>Everything written to standard error so far.</summary>
    public string Error
    {
        get
        {
            lock (_lines) return string.Join('\n', _lines);
        }
    }

    /// <summary>Waits (at most two minutes) until a line of standard error contains <paramref name="text"/>.</summary>
    public void WaitFor(string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        lock (_lines)
        {
            while (!_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
            {
                var left = deadline - DateTime.UtcNow;
                Assert.True(left > TimeSpan.Zero && !Process.HasExited, $"rdsim never wrote '{text}':\n{string.Join('\n', _lines)}");
                Monitor.Wait(_lines, TimeSpan.FromMilliseconds(Math.Min(500, left.TotalMilliseconds)));
            }
        }
    }

    /// <summary>Waits (at most a minute) for rdsim to end; returns its exit code.</summary>
    public int Exit()
    {
        Assert.True(Process.WaitForExit(TimeSpan.FromMinutes(1)), $"rdsim did not end:\n{Error}");
        Process.WaitForExit();
        return Process.ExitCode;
    }

    /// <summary>Kills rdsim if it still runs.</summary>
    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.WaitForExit();
        Process.Dispose();
    }
}
