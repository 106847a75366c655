using System.Diagnostics;

namespace Rdsim.Cli.Tests.Cluster;

/// <summary>A throw-away redis-server on 127.0.0.1 and a free port, nothing saved to disk; killed on dispose.</summary>
internal sealed class RedisServer : IDisposable
{
    private readonly Process _process;

    public RedisServer()
    {
        Port = FreePorts.Next();
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("redis-server is not installed: CI must install it (.ci/run)."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "--bind", "127.0.0.1", "--port", Port.ToString(), "--save", "", "--appendonly", "no", "--daemonize", "no" })
        {
            start.ArgumentList.Add(a);
        }
        _process = Process.Start(start)!;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        FreePorts.WaitUntilListening(Port, TimeSpan.FromSeconds(20), _process);
    }

    /// <summary>redis-server's path, or null when it is not installed.</summary>
    public static string? Path { get; } = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    public int Port { get; }

    public string Address => $"redis://127.0.0.1:{Port}";

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
    }
}
