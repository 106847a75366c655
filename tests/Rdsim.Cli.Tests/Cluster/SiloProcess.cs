using System.Diagnostics;
using System.Text;

namespace Rdsim.Cli.Tests.Cluster;

/// <summary>An <c>rdsim silo</c> subprocess on free loopback ports; killed (with kill -9) on dispose if still running.</summary>
internal sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SiloProcess(Rdsim rdsim, string cluster, int? dashboardPort = null)
    {
        SiloPort = FreePorts.Next();
        GatewayPort = FreePorts.Next();
        var args = new List<string> { "silo", "--cluster", cluster, "--silo-port", SiloPort.ToString(), "--gateway-port", GatewayPort.ToString() };
        if (dashboardPort is { } port) args.AddRange(["--dashboard", port.ToString()]);
        _process = rdsim.Start([.. args]);
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_log) _log.AppendLine(e.Data);
            if (e.Data.Contains("joined cluster")) _joined.TrySetResult();
        };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.AppendLine(e.Data); };
        _process.Exited += (_, _) => _joined.TrySetException(new InvalidOperationException($"rdsim silo exited early:\n{Log}"));
        _process.EnableRaisingEvents = true;
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>Waits until the silo has joined its cluster.</summary>
    public async Task Joined(TimeSpan timeout) => await _joined.Task.WaitAsync(timeout);

    /// <summary>Whether the silo has stopped.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>kill -9: no goodbye to the cluster.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
    }
}
