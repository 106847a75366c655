using System.Net;
using Rdsim.Orleans.Engine;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Engine;

/// <summary>
/// Which failures a restart cures: one that Orleans blames on a lost silo (however deep in the causes), or one after which
/// a silo the run started with is gone; any other failure must surface as it is.
/// </summary>
[Collection(OneSiloCollection.Name)]
public sealed class SiloLossTests(OneSiloFixture fixture)
{
    private static readonly SiloAddress Gone = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 1), 1);

    [Fact]
    public async Task A_lost_silo_anywhere_among_the_causes_explains_the_failure()
    {
        var deep = new AggregateException(new InvalidOperationException("step failed", new SiloUnavailableException("silo gone")));

        Assert.True(await SiloLoss.Explains(deep, fixture.Cluster.Client, new HashSet<SiloAddress>()));
    }

    [Fact]
    public async Task Another_failure_on_an_unchanged_cluster_is_not_a_lost_silo()
    {
        var before = await SiloLoss.ActiveSilos(fixture.Cluster.Client);

        Assert.Single(before);
        Assert.False(await SiloLoss.Explains(new InvalidOperationException("a bug"), fixture.Cluster.Client, before));
        Assert.False(await SiloLoss.Explains(new InvalidOperationException("a bug"), fixture.Cluster.Client, new HashSet<SiloAddress>()));
    }

    [Fact]
    public async Task Any_failure_after_a_silo_of_the_start_has_left_is_a_lost_silo()
    {
        var before = new HashSet<SiloAddress>(await SiloLoss.ActiveSilos(fixture.Cluster.Client)) { Gone };

        Assert.True(await SiloLoss.Explains(new TimeoutException("no answer"), fixture.Cluster.Client, before));
    }
}
