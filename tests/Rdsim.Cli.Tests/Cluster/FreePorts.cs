using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Rdsim.Cli.Tests.Cluster;

/// <summary>Free loopback ports for servers the tests start, and a wait until one listens.</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static void WaitUntilListening(int port, TimeSpan timeout, Process owner)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (owner.HasExited) throw new InvalidOperationException($"The server for port {port} exited with code {owner.ExitCode}.");
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new TimeoutException($"Nothing listened on 127.0.0.1:{port} within {timeout.TotalSeconds:F0} s.");
    }
}
