using Rdsim.Orleans.Hosting;

namespace Rdsim.Orleans.Tests.Hosting;

/// <summary>
/// <c>--cluster</c> addresses: <c>redis://HOST[:PORT][/CLUSTER-ID[/SERVICE-ID]]</c>, each part defaulted, and written back
/// the way it was given, so the manifest names the cluster as the command line did.
/// </summary>
public sealed class ClusterIdentityTests
{
    [Theory]
    [InlineData("redis://10.0.0.5", "10.0.0.5", 6379, "rdsim", "rdsim", "redis://10.0.0.5:6379")]
    [InlineData("redis://127.0.0.1:7000", "127.0.0.1", 7000, "rdsim", "rdsim", "redis://127.0.0.1:7000")]
    [InlineData("redis://cache:7000/lab", "cache", 7000, "lab", "lab", "redis://cache:7000/lab")]
    [InlineData("redis://cache:7000/lab/", "cache", 7000, "lab", "lab", "redis://cache:7000/lab")]
    [InlineData("redis://cache/lab/forecast", "cache", 6379, "lab", "forecast", "redis://cache:6379/lab/forecast")]
    public void An_address_gives_its_server_cluster_and_service(string text, string host, int port, string cluster, string service, string written)
    {
        var identity = ClusterIdentity.Parse(text);

        Assert.Equal(new ClusterIdentity(new RedisEndpoint(host, port), cluster, service), identity);
        Assert.Equal($"{host}:{port}", identity.Redis.ConnectionString);
        Assert.Equal(written, identity.ToString());
        Assert.Equal(identity, ClusterIdentity.Parse(identity.ToString()));
    }

    [Theory]
    [InlineData("127.0.0.1:6379")]
    [InlineData("http://127.0.0.1:6379")]
    [InlineData("redis://user@127.0.0.1:6379")]
    [InlineData("redis://127.0.0.1:6379?db=1")]
    [InlineData("redis://127.0.0.1:6379/a/b/c")]
    [InlineData("redis://127.0.0.1:6379/a//b")]
    public void Anything_else_is_refused_with_the_form_to_write(string text)
    {
        var error = Assert.Throws<FormatException>(() => ClusterIdentity.Parse(text));

        Assert.Contains("redis://HOST:PORT", error.Message);
    }
}
