namespace Rdsim.Cli.Tests.Cluster;

/// <summary>The cluster tests share one Redis and three silos, and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Redis cluster";
}
