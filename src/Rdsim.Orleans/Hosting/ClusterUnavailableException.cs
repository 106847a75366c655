namespace Rdsim.Orleans.Hosting;

/// <summary>The cluster could not be reached: Redis is down, or no silo of the cluster is running.</summary>
public sealed class ClusterUnavailableException : Exception
{
    /// <summary>An exception with a message for people and the failure behind it.</summary>
    public ClusterUnavailableException(string message, Exception inner) : base(message, inner)
    {
    }
}
