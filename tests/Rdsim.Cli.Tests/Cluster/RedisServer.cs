using System.Diagnostics;

namespace Rdsim.Cli.Tests.Cluster;

/// <summary>
/// A throw-away redis-server on 127.0.0.1 and a free port; killed on dispose. By default nothing is saved to disk;
/// with a data folder it keeps an append-only file there, the configuration the README recommends for a cluster
/// (a restarted Redis then still holds the membership).
/// </summary>
internal sealed class RedisServer : IDisposable
{
    private readonly string? _dataFolder;
    private Process _process;

    public RedisServer(string? dataFolder = null)
    {
        _dataFolder = dataFolder;
        Port = FreePorts.Next();
        _process = Launch();
    }

    /// <summary>redis-server's path, or null when it is not installed.</summary>
    public static string? Path { get; } = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    public int Port { get; }

    public string Address => $"redis://127.0.0.1:{Port}";

    /// <summary>kill -9 and start again on the same port (and data folder): Redis restarted under live silos.</summary>
    public void Restart()
    {
        Stop();
        _process = Launch();
    }

    public void Dispose() => Stop();

    private Process Launch()
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("redis-server is not installed: CI must install it (.ci/run)."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] persistence = _dataFolder is null ? ["--appendonly", "no"] : ["--appendonly", "yes", "--dir", _dataFolder];
        foreach (var a in new[] { "--bind", "127.0.0.1", "--port", Port.ToString(), "--save", "", "--daemonize", "no" }.Concat(persistence))
        {
            start.ArgumentList.Add(a);
        }
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        FreePorts.WaitUntilListening(Port, TimeSpan.FromSeconds(20), process);
        return process;
    }

    private void Stop()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
    }
}
