using Rdsim.Engine;
using Rdsim.Orleans.Engine;

namespace Rdsim.Orleans.Tests.Support;

/// <summary>A sweep on one engine, whose later points find the population's grains active.</summary>
internal static class WarmSweep
{
    /// <summary>
    /// Runs three points of a sweep without feedback on one engine: the first activates the firms and steps its first year
    /// alone (timed apart), the later ones step every year in one call to each firm (no first year apart); each point gives
    /// the reference's bytes.
    /// </summary>
    public static async Task StepsWarmRunsInOneCallAndMatchesReference(IGrainFactory grains, int shards, ulong seed)
    {
        var points = Sweeps.Of(TestInputs.Create(firms: 400, replications: 2, feedback: false, seed: seed), 0.5, 0.75, 1.0);
        var years = points[0].Run.SimulatedYears;
        var engine = new OrleansEngine(grains, new OrleansEngineOptions { Shards = shards, MaxYearsPerCall = years });

        var results = new List<SimulationResult>();
        foreach (var point in points) results.Add(await engine.RunAsync(point, null, CancellationToken.None));

        Assert.Contains("firstYear", results[0].Timings.Keys);
        Assert.All(results.Skip(1), r => Assert.DoesNotContain("firstYear", r.Timings.Keys));
        for (var i = 0; i < points.Count; i++) ResultAssert.BitIdentical(Reference.Of(points[i]), results[i]);
        ResultAssert.NonTrivial(results[^1]);
    }
}
