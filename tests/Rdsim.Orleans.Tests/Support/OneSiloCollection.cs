namespace Rdsim.Orleans.Tests.Support;

/// <summary>Tests that share one silo; sequential, so a test may look at "the" active run's grains.</summary>
[CollectionDefinition(Name)]
public sealed class OneSiloCollection : ICollectionFixture<OneSiloFixture>
{
    public const string Name = "one silo";
}
