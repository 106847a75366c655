using Rdsim.Engine;
using Rdsim.Orleans.Engine;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Engine;

/// <summary>Progress after every year; cancellation stops the run and releases its grains.</summary>
[Collection(OneSiloCollection.Name)]
public sealed class ProgressAndCancellationTests(OneSiloFixture fixture)
{
    [Fact]
    public async Task ReportsProgressAfterEveryYearOfEveryReplicate_LikeTheReferenceEngine()
    {
        var input = TestInputs.Create(firms: 200, replications: 2, feedback: false);
        var reports = new List<RunProgress>();
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 2, MaxYearsPerCall = 4 });

        var result = await engine.RunAsync(input, new SyncProgress(reports.Add), CancellationToken.None);

        var years = input.Run.SimulatedYears;
        Assert.Equal(years * input.Run.Replications, reports.Count);
        Assert.Equal(Enumerable.Range(input.Run.StartYear, years), reports.Select(p => p.Year).Distinct());
        Assert.Equal(input.TotalFirmYears, reports[^1].FirmYearsDone);
        Assert.All(reports, p => Assert.Equal(input.TotalFirmYears, p.FirmYearsTotal));
        Assert.True(reports.Zip(reports.Skip(1)).All(pair => pair.First.FirmYearsDone < pair.Second.FirmYearsDone));
        Assert.Contains("firstYear", result.Timings.Keys);
        Assert.Equal("orleans", result.Engine);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public async Task Cancellation_StopsTheRunAndReleasesItsGrains(int delayMs)
    {
        var input = TestInputs.Create(firms: 800, replications: 2, feedback: true);
        var types = new[] { "rdsim-enterprise", "rdsim-shard", "rdsim-run" };
        var before = new Dictionary<string, HashSet<GrainId>>();
        foreach (var type in types) before[type] = [.. await fixture.Cluster.ActiveGrains(type)];
        var engine = new OrleansEngine(fixture.Cluster.Client, new OrleansEngineOptions { Shards = 4, FirmCallConcurrency = 4 });
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            // Between years (0 ms) or, most likely, in the middle of the next year's calls.
            if (p.Year == 2009 && p.Replicate == 1) cancel.CancelAfter(delayMs);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.RunAsync(input, progress, cancel.Token));

        foreach (var type in types)
        {
            await WaitUntilNoneActive(type, before[type]);
        }
    }

    /// <summary>Waits until no grain of the type is active except those active before the run (other tests' leftovers).</summary>
    private async Task WaitUntilNoneActive(string grainType, HashSet<GrainId> before)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);   // generous: deactivation is slow on a loaded 2-core machine
        while (true)
        {
            var active = (await fixture.Cluster.ActiveGrains(grainType)).Where(id => !before.Contains(id)).ToList();
            if (active.Count == 0) return;
            Assert.True(DateTime.UtcNow < deadline, $"{active.Count} {grainType} grains are still active: {string.Join(", ", active.Take(5))}");
            await Task.Delay(50);
        }
    }
}
