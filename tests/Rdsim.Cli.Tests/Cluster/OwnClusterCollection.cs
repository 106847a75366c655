namespace Rdsim.Cli.Tests.Cluster;

/// <summary>The tests that break a cluster share one of their own (<see cref="OwnClusterFixture"/>), one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class OwnClusterCollection : ICollectionFixture<OwnClusterFixture>
{
    public const string Name = "Own Redis cluster";
}
