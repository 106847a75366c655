using Rdsim.Orleans.Engine;
using Rdsim.Orleans.Hosting;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Engine;

/// <summary>An engine counts a population warm from the end of a run on it until the keep-alive has passed or a run let it go.</summary>
public sealed class WarmPopulationsTests
{
    [Fact]
    public void A_population_is_warm_after_a_finished_run_until_the_keep_alive_passes_or_a_run_lets_it_go()
    {
        var clock = new ManualClock();
        var warm = new WarmPopulations { Time = clock };
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        Assert.False(warm.Contains(a));

        warm.Finished(a);
        warm.Finished(b);
        Assert.True(warm.Contains(a));
        warm.LetGo(b);
        Assert.False(warm.Contains(b));
        clock.Advance(RdsimOrleansDefaults.PopulationKeepAlive - TimeSpan.FromMinutes(1));
        Assert.True(warm.Contains(a));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(warm.Contains(a));
    }
}
