using Rdsim.Orleans.Grains;
using Rdsim.Orleans.Hosting;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Grains;

/// <summary>A firm keeps each run's state apart, drops it on demand, and drops the state of a run no call has touched for the keep-alive.</summary>
public sealed class FirmRunsTests
{
    [Fact]
    public void Runs_are_kept_apart_and_dropped_on_demand()
    {
        var runs = new FirmRuns();
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var statesA = runs.Start(a, 2);
        var statesB = runs.Start(b, 2);

        Assert.Same(statesA, runs.Get(a));
        Assert.Same(statesB, runs.Get(b));
        Assert.NotSame(statesA, statesB);
        runs.Remove(a);
        Assert.Null(runs.Get(a));
        Assert.Equal(1, runs.Count);
        Assert.Same(statesA, runs.Start(c, 2));   // the ended run's array, for the next run
        Assert.NotSame(statesA, runs.Start(Guid.NewGuid(), 2));
    }

    [Fact]
    public void The_state_of_a_run_untouched_for_the_keep_alive_goes_at_the_next_call_for_another_run()
    {
        var clock = new ManualClock();
        var runs = new FirmRuns { Time = clock };
        var (abandoned, live) = (Guid.NewGuid(), Guid.NewGuid());
        runs.Start(abandoned, 2);
        runs.Start(live, 2);

        clock.Advance(RdsimOrleansDefaults.PopulationKeepAlive - TimeSpan.FromMinutes(1));
        Assert.NotNull(runs.Get(live));
        Assert.Equal(2, runs.Count);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.NotNull(runs.Get(live));

        Assert.Equal(1, runs.Count);
        Assert.Null(runs.Get(abandoned));
    }
}
