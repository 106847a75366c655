namespace Rdsim.Orleans.Hosting;

/// <summary>Which cluster a silo joins or a client connects to: several clusters can share one Redis server.</summary>
/// <param name="Redis">The Redis server holding the membership table.</param>
/// <param name="ClusterId">The cluster (silos with the same id form one cluster).</param>
/// <param name="ServiceId">The service (stable across redeployments of the cluster).</param>
public sealed record ClusterIdentity(RedisEndpoint Redis, string ClusterId = ClusterIdentity.DefaultId, string ServiceId = ClusterIdentity.DefaultId)
{
    /// <summary>The cluster and service id used when none is given.</summary>
    public const string DefaultId = "rdsim";

    /// <summary>Parses <c>redis://HOST[:PORT][/CLUSTER-ID[/SERVICE-ID]]</c>; the ids default to <see cref="DefaultId"/> (the service id to the cluster id).</summary>
    /// <exception cref="FormatException">The text is not such an address.</exception>
    public static ClusterIdentity Parse(string text)
    {
        var path = "";
        if (text.StartsWith("redis://", StringComparison.Ordinal) && text.IndexOf('/', "redis://".Length) is var slash and > 0)
        {
            path = text[(slash + 1)..].TrimEnd('/');
            text = text[..slash];
        }
        var redis = RedisEndpoint.Parse(text);
        var ids = path.Length == 0 ? [] : path.Split('/');
        if (ids.Length > 2 || ids.Any(id => id.Length == 0))
        {
            throw new FormatException($"'{text}/{path}' is not a cluster address; write redis://HOST:PORT, or redis://HOST:PORT/CLUSTER-ID[/SERVICE-ID].");
        }
        var clusterId = ids.Length > 0 ? ids[0] : DefaultId;
        return new ClusterIdentity(redis, clusterId, ids.Length > 1 ? ids[1] : clusterId);
    }

    /// <summary>How the cluster is named in messages and manifests.</summary>
    public override string ToString() =>
        ClusterId == DefaultId && ServiceId == DefaultId ? Redis.ToString()
        : ServiceId == ClusterId ? $"{Redis}/{ClusterId}"
        : $"{Redis}/{ClusterId}/{ServiceId}";
}
