using Rdsim.Engine.Reference;
using Rdsim.Engine.Results;
using Rdsim.Runs;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;
using Rdsim.Tests.Shared;

namespace Rdsim.Runs.Tests;

/// <summary>The front door: a run is the reference engine's on the scenario's firms; comparisons share a seed; sweeps go in grid order.</summary>
public sealed class SimulatorTests
{
    [Fact]
    public async Task A_run_is_the_engines_result_on_the_scenarios_own_firms_and_says_what_made_it()
    {
        var scenario = SmallRuns.China();
        var population = PopulationBuilder.Build(scenario);
        var direct = await new ReferenceEngine().RunAsync(new(scenario.Run, scenario.Model, scenario.Policy, population.Traits), null, default);

        var run = await Simulator.Run(scenario, new RunOptions { Command = "a notebook" });

        Assert.Equal(ResultFingerprint.Of(direct), run.Manifest.ResultFingerprint);
        Assert.Equal(SmallRuns.ChinaResult.Manifest.ResultFingerprint, run.Manifest.ResultFingerprint);
        Assert.Equal(population.Traits.Count, run.Manifest.Firms);
        Assert.Equal("a notebook", run.Manifest.Command);
        Assert.Equal("reference", run.Manifest.Engine);
    }

    [Fact]
    public async Task Compared_scenarios_run_on_the_first_ones_seed_and_replications()
    {
        var baseline = SmallRuns.China();
        var elsewhere = baseline.With("simulation.seed", 7).With("simulation.replications", 1);

        var runs = await Simulator.Compare([baseline, elsewhere]);

        Assert.Equal(baseline.Run.Seed, runs[1].Manifest.Seed);
        Assert.Equal(runs[0].Manifest.ReplicateSeeds, runs[1].Manifest.ReplicateSeeds);
        // The same scenario on the same seed: the same firms and shocks, so the same numbers to the bit.
        Assert.Equal(runs[0].Manifest.ResultFingerprint, runs[1].Manifest.ResultFingerprint);
        await Assert.ThrowsAsync<ArgumentException>(() => Simulator.Compare([baseline]));
    }

    [Fact]
    public async Task Scenarios_on_other_firms_or_years_than_the_baselines_are_not_compared()
    {
        var baseline = SmallRuns.China();

        var e = await Assert.ThrowsAsync<InputException>(() => Simulator.Compare([baseline, baseline.With("population.firms", baseline.Population.Firms + 1)]));

        Assert.Equal("population.firms", Assert.Single(e.Diagnostics).Path);
    }

    [Fact]
    public void A_sweep_runs_every_point_in_grid_order_with_its_values_reported_as_swept()
    {
        var sweep = SmallRuns.DeductionSweep;

        Assert.Equal(["superDeduction.extraRate"], sweep.Parameters);
        Assert.Equal(2, sweep.Points.Count);
        for (var i = 0; i < 2; i++)
        {
            var swept = sweep.Points[i].Manifest.Scenario.Parameters.Single(p => p.Name == "superDeduction.extraRate");
            Assert.Equal((sweep.Grid.Points[i][0], "--vary"), (swept.Value, swept.Origin));
            Assert.Equal(i, sweep.Summaries[i].Point);
            Assert.Equal(sweep.Grid.Points[i], sweep.Summaries[i].Values);
        }
        Assert.True(sweep.Summaries[1].RevenueForgone > sweep.Summaries[0].RevenueForgone, "a 100% extra deduction forgoes more than a 50% one");
    }

    [Fact]
    public void A_point_is_the_base_scenario_with_the_points_values_in_every_year()
    {
        var point = Simulator.Point(SmallRuns.China(), SmallRuns.DeductionGrid, 1, ["sweep.yaml"]);

        Assert.All(Enumerable.Range(2003, 9), year => Assert.Equal(1.0, point.Policy.At(year).ExtraRate));
        Assert.Equal("sweep.yaml", point.Resolved.Single(p => p.Name == "superDeduction.extraRate").Origin);
        Assert.NotEqual(SmallRuns.China().ContentHash, point.ContentHash);
    }
}
