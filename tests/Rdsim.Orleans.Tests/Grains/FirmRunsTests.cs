using Rdsim.Model.Firms;
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
        runs.Start(a, [new FirmState { Year = 2010, Revenue = 1 }, new FirmState { Year = 2010, Revenue = 2 }]);
        runs.Start(b, [new FirmState { Year = 2012, Revenue = 3 }, new FirmState { Year = 2012, Revenue = 4 }]);

        Assert.Equal(2010, runs.Year(a));
        Assert.Equal([1.0, 2.0], runs.Get(a)!.Select(s => s.Revenue));
        Assert.Equal([3.0, 4.0], runs.Get(b)!.Select(s => s.Revenue));
        var stepped = runs.Get(a)!;
        stepped[1].Year = stepped[0].Year = 2011;
        stepped[1].Revenue = 5;
        runs.Store(a, stepped);
        Assert.Equal(2011, runs.Year(a));
        Assert.Equal([1.0, 5.0], runs.Get(a)!.Select(s => s.Revenue));
        runs.Remove(a);
        Assert.Null(runs.Get(a));
        Assert.Null(runs.Year(a));
        Assert.Equal(1, runs.Count);
        runs.Start(c, [new FirmState { Year = 2010 }, new FirmState { Year = 2010 }]);
        Assert.Equal(2, runs.Count);
        Assert.Equal(2012, runs.Year(b));
    }

    [Fact]
    public void The_state_of_a_run_untouched_for_the_keep_alive_goes_at_the_next_call_for_another_run()
    {
        var clock = new ManualClock();
        var runs = new FirmRuns { Time = clock };
        var (abandoned, live) = (Guid.NewGuid(), Guid.NewGuid());
        runs.Start(abandoned, [new FirmState(), new FirmState()]);
        runs.Start(live, [new FirmState(), new FirmState()]);

        clock.Advance(RdsimOrleansDefaults.PopulationKeepAlive - TimeSpan.FromMinutes(1));
        Assert.NotNull(runs.Get(live));
        Assert.Equal(2, runs.Count);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.NotNull(runs.Get(live));

        Assert.Equal(1, runs.Count);
        Assert.Null(runs.Get(abandoned));
    }
}
