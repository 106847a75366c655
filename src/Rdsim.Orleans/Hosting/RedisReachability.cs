using System.Net.Sockets;

namespace Rdsim.Orleans.Hosting;

/// <summary>
/// Whether a cluster's Redis server takes a connection, asked with a plain TCP connect before Orleans is started: Orleans
/// and StackExchange.Redis report a Redis that is not there after seconds of retries, in their own words ("use
/// abortConnect=false in your connection string"), which tell an analyst nothing about what to do.
/// </summary>
public static class RedisReachability
{
    /// <summary>How long the connect may take: a Redis on the network answers in milliseconds.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Returns when <paramref name="redis"/> takes a TCP connection.</summary>
    /// <exception cref="ClusterUnavailableException">It refuses, is not found, or does not answer in <see cref="Timeout"/>.</exception>
    public static async Task RequireAsync(RedisEndpoint redis, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await tcp.ConnectAsync(redis.Host, redis.Port, timeout.Token);
        }
        catch (SocketException e)
        {
            throw Unreachable(redis, Reason(e.SocketErrorCode), e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unreachable(redis, $"no answer within {Timeout.TotalSeconds:F0} s", e);
        }
    }

    /// <summary>The one line an analyst reads: where, why, and what to do.</summary>
    public static ClusterUnavailableException Unreachable(RedisEndpoint redis, string reason, Exception inner) =>
        new($"Cannot reach the cluster's Redis at {redis.ConnectionString} ({reason}): start it or check --cluster.", inner);

    private static string Reason(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "connection refused",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "no such host",
        SocketError.TimedOut => $"no answer within {Timeout.TotalSeconds:F0} s",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable => "no route to it",
        SocketError.AccessDenied => "the connection is not permitted",
        _ => error.ToString(),
    };
}
