namespace Rdsim.Cli.Tests.Cluster;

/// <summary>
/// A fact that needs a real <c>redis-server</c>. Skipped, with the reason, only when redis-server is not
/// installed and the tests do not run in CI; in CI (CI=true) it runs and fails loudly without Redis.
/// </summary>
internal sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Path is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "redis-server is not installed (sudo apt-get install redis-server, or run bash .ci/run as root); the cluster tests need it.";
        }
    }
}
