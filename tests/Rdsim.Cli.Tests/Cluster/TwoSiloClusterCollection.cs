namespace Rdsim.Cli.Tests.Cluster;

/// <summary>The batch verbs' cluster tests share one Redis and two silos, and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class TwoSiloClusterCollection : ICollectionFixture<TwoSiloClusterFixture>
{
    public const string Name = "Two-silo Redis cluster";
}
