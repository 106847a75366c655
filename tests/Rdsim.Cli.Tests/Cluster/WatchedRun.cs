using System.Diagnostics;

namespace Rdsim.Cli.Tests.Cluster;

/// <summary>
/// An <c>rdsim</c> client run that the test interferes with: <see cref="OnFirstYear"/> is called once, on the first
/// progress line of a finished year (every firm is active by then), and the run must end within a time limit.
/// </summary>
internal sealed class WatchedRun : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _stderr = [];
    private readonly Task _reading;
    private readonly Task<string> _stdout;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public WatchedRun(Rdsim rdsim, string[] args, Action<WatchedRun> onFirstYear)
    {
        _process = rdsim.Start(args);
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _reading = Task.Run(() =>
        {
            while (_process.StandardError.ReadLine() is { } line)
            {
                lock (_stderr) _stderr.Add(line);
                if (!InterferedMidRun && line.Contains("year") && line.Contains("done") && !line.Contains("100 %"))
                {
                    InterferedAt = _clock.Elapsed;
                    InterferedMidRun = true;
                    onFirstYear(this);
                }
            }
        });
    }

    /// <summary>Whether the interference came while the run was going.</summary>
    public bool InterferedMidRun { get; private set; }

    /// <summary>When it came, from the start of the run.</summary>
    public TimeSpan InterferedAt { get; private set; }

    public int Id => _process.Id;

    public string Log
    {
        get { lock (_stderr) return string.Join('\n', _stderr); }
    }

    /// <summary>Sends Ctrl+C (SIGINT) to the client.</summary>
    public void Interrupt() => Process.Start("kill", ["-INT", _process.Id.ToString()])!.WaitForExit();

    /// <summary>kill -9 of the client.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>
    /// Waits for the run to end; fails the test (and kills the run) after <paramref name="limit"/>, with the client's log and
    /// what <paramref name="context"/> adds (the silos' logs: a run that stalls says why only there).
    /// </summary>
    /// <returns>The exit code and how long after the interference the run ended.</returns>
    public async Task<(int ExitCode, TimeSpan AfterInterference)> Ended(TimeSpan limit, Func<string>? context = null)
    {
        if (!_process.WaitForExit(limit))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"The run did not end within {limit.TotalSeconds:F0} s (interfered at {InterferedAt.TotalSeconds:F0} s):\n{Log}\n{context?.Invoke()}");
        }
        await _reading.WaitAsync(TimeSpan.FromSeconds(10));
        await _stdout;
        return (_process.ExitCode, _clock.Elapsed - InterferedAt);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
