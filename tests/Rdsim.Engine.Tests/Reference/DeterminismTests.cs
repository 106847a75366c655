using Rdsim.Engine.Reference;
using Rdsim.Engine.Results;

namespace Rdsim.Engine.Tests.Reference;

public class DeterminismTests
{
    [Fact]
    public async Task Same_input_and_seed_give_bit_identical_results_whatever_the_thread_count()
    {
        var input = TestInputs.Create(3000, replications: 2);
        var one = await new ReferenceEngine(1).RunAsync(input, null, default);
        var two = await new ReferenceEngine(2).RunAsync(input, null, default);
        var eight = await new ReferenceEngine(8).RunAsync(input, null, default);
        Assert.Equal(ResultFingerprint.Of(one), ResultFingerprint.Of(two));
        Assert.Equal(ResultFingerprint.Of(one), ResultFingerprint.Of(eight));
    }

    [Fact]
    public async Task Another_replicate_or_seed_gives_different_results()
    {
        var result = await new ReferenceEngine().RunAsync(TestInputs.Create(2000, replications: 2), null, default);
        Assert.NotEqual(ResultFingerprint.Of(result.Replicates.Take(1)), ResultFingerprint.Of(result.Replicates.Skip(1)));
        Assert.NotEqual(
            result.Replicates[0].Years[^1].Scenario.Total.Sums,
            result.Replicates[1].Years[^1].Scenario.Total.Sums);

        var otherSeed = await new ReferenceEngine().RunAsync(TestInputs.Create(2000, seed: 8, replications: 2), null, default);
        Assert.NotEqual(ResultFingerprint.Of(result), ResultFingerprint.Of(otherSeed));
    }

    [Fact]
    public async Task Only_reported_years_are_returned_and_progress_reaches_the_end()
    {
        var input = TestInputs.Create(500, firstYear: 2010, lastYear: 2014, warmup: 4);
        var reports = new List<RunProgress>();
        var result = await new ReferenceEngine().RunAsync(input, new SynchronousProgress(reports), default);
        Assert.Equal([2010, 2011, 2012, 2013, 2014], result.Replicates[0].Years.Select(y => y.Year));
        Assert.Equal(input.TotalFirmYears, reports[^1].FirmYearsDone);
        Assert.Equal(9, reports.Count);
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ReferenceEngine().RunAsync(TestInputs.Create(500), null, cancel.Token));
    }

    private sealed class SynchronousProgress(List<RunProgress> reports) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => reports.Add(value);
    }
}
