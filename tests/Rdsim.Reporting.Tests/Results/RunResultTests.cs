using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Tables;
using Rdsim.Tests.Shared;

namespace Rdsim.Reporting.Tests.Results;

/// <summary>A run's results made in memory: a manifest of what ran, and tables drawn from the engine's exact result.</summary>
public sealed class RunResultTests
{
    [Fact]
    public void The_manifest_records_the_scenario_its_seeds_years_firms_and_the_fingerprint_of_the_engines_result()
    {
        var scenario = SmallRuns.China();
        var run = SmallRuns.ChinaResult;
        var m = run.Manifest;

        Assert.Equal(scenario.Name, run.Name);
        Assert.Equal(scenario.ContentHash, m.Scenario.ContentHash);
        Assert.Equal(scenario.Resolved.Select(p => (p.Name, p.Value, p.Origin)), m.Scenario.Parameters.Select(p => (p.Name, p.Value, p.Origin)));
        Assert.Equal((scenario.Run.Seed, 2008, 2011, scenario.Run.WarmupYears), (m.Seed, m.FirstYear, m.LastYear, m.WarmupYears));
        Assert.Equal(2, m.ReplicateSeeds.Count);
        Assert.Equal(run.Simulation!.Replicates.Select(r => r.Seed), m.ReplicateSeeds);
        Assert.Equal(ResultFingerprint.Of(run.Simulation), m.ResultFingerprint);
        // Weight 1: the firms stand for themselves, so those active in 2008 are at most every firm drawn (entrants included).
        Assert.Equal(run.Simulation.Replicates[0].Years[0].Scenario.Total[CountMetric.Firms], m.Represents);
        Assert.InRange(m.Represents, 1, m.Firms);
        Assert.Empty(m.Files);
    }

    [Fact]
    public void The_tables_hold_a_row_per_replicate_and_year_and_the_thresholds_in_force_in_the_last_year()
    {
        var run = SmallRuns.ChinaResult;

        Assert.Equal(2 * 4, run.YearsTable.Count);
        Assert.Equal([2008, 2009, 2010, 2011], run.Years.Years);
        Assert.Equal(2011, run.LastHistogram.Year);
        var inForce = HnteThresholds.In(SmallRuns.China().Policy.At(2011)).Select(t => Math.Round(t * 100, 4));
        Assert.Equal(inForce, run.Thresholds);
        Assert.Equal([3.0, 4, 6], run.Thresholds);
        Assert.Equal(2 * 4 * BunchingTable.Measures.Count * run.Thresholds.Count, run.Bunching.Count);
    }

    [Fact]
    public void Another_manifest_keeps_the_same_tables()
    {
        var run = SmallRuns.ChinaResult;

        var renamed = run.With(run.Manifest with { Command = "rdsim run small.yaml" });

        Assert.Equal("rdsim run small.yaml", renamed.Manifest.Command);
        Assert.Same(run.YearsTable, renamed.YearsTable);
        Assert.Same(run.Simulation, renamed.Simulation);
    }
}
