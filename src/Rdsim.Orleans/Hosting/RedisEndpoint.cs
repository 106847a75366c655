using System.Globalization;

namespace Rdsim.Orleans.Hosting;

/// <summary>Where a cluster's Redis membership table lives, written <c>redis://HOST:PORT</c>.</summary>
/// <param name="Host">Host name or IP address of the Redis server.</param>
/// <param name="Port">Its TCP port.</param>
public sealed record RedisEndpoint(string Host, int Port)
{
    /// <summary>The default Redis port.</summary>
    public const int DefaultPort = 6379;

    /// <summary>Parses <c>redis://HOST[:PORT]</c> (the port defaults to 6379).</summary>
    /// <exception cref="FormatException">The text is not such an address.</exception>
    public static RedisEndpoint Parse(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != "redis" || uri.Host.Length == 0
            || uri.AbsolutePath is not ("" or "/") || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new FormatException($"'{text}' is not a Redis address; write redis://HOST:PORT, e.g. redis://127.0.0.1:6379.");
        }
        return new RedisEndpoint(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port);
    }

    /// <summary>The StackExchange.Redis connection string: <c>HOST:PORT</c>.</summary>
    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}");

    /// <summary>The address as written on the command line.</summary>
    public override string ToString() => "redis://" + ConnectionString;
}
