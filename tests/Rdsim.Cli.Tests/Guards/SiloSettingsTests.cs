using System.Net;
using System.Net.Sockets;

namespace Rdsim.Cli.Tests.Guards;

/// <summary>A silo with settings it cannot start with stops at once with one line naming the setting (no Redis needed).</summary>
public class SiloSettingsTests
{
    [Theory]
    [InlineData("--address", "0.0.0.0", "0.0.0.0 means every interface")]
    [InlineData("--address", "::", ":: means every interface")]
    [InlineData("--address", "10.255.255.7", "is not an address of this machine")]
    [InlineData("--cluster-id", "", "'' is not an id")]
    [InlineData("--service-id", " ", "' ' is not an id")]
    public void A_setting_the_silo_cannot_use_is_one_line_naming_it(string option, string value, string expected)
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run("silo", "--cluster", "redis://127.0.0.1:6379", option, value);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"command line: error: {option}: ", line);
        Assert.Contains(expected, line);
    }

    [Fact]
    public void A_port_in_use_stops_the_silo_before_it_joins()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var rdsim = new Rdsim();
        var result = rdsim.Run("silo", "--cluster", "redis://127.0.0.1:6379", "--silo-port", port.ToString());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--silo-port: port {port} is in use on 127.0.0.1", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void A_silo_whose_redis_does_not_answer_says_so_in_one_line()
    {
        var nobody = Cluster.FreePorts.Next();
        using var rdsim = new Rdsim();
        var result = rdsim.Run("silo", "--cluster", $"redis://127.0.0.1:{nobody}", "--silo-port", Cluster.FreePorts.Next().ToString(),
            "--gateway-port", Cluster.FreePorts.Next().ToString());

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"Cannot reach the cluster's Redis at 127.0.0.1:{nobody} (connection refused): start it or check --cluster.", line);
    }
}
