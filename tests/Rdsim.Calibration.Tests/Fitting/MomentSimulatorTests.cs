using Rdsim.Calibration.Fitting;
using Rdsim.Calibration.Metrics;
using Rdsim.Calibration.Targets;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Tests.Fitting;

/// <summary>Simulated moments over several population draws: draw k is the scenario on seed + k, replicates pooled.</summary>
public class MomentSimulatorTests
{
    private static readonly string[] Small =
        ["population.firms=300", "simulation.firstYear=2015", "simulation.lastYear=2018", "simulation.replications=2"];

    private static readonly MappedTarget[] Targets =
    [
        new(new Target("claimants", 100, "firms", 2018, "", 2), MetricCatalog.Find("claimants")!),
        new(new Target("relief_hnte", 100, "mn CNY", 2017, "", 3), MetricCatalog.Find("relief_hnte")!),
    ];

    private static IReadOnlyList<IReadOnlyList<double>> Moments(int populations, params string[] overrides) =>
        new MomentSimulator(ScenarioLoader.Load(RepositoryPaths.Scenario("china-2008-2024.yaml"), [.. Small, .. overrides]), Targets, populations)
            .Run([], CancellationToken.None).Values;

    [Fact]
    public void Each_population_draw_is_the_scenario_on_the_next_seed_and_their_replicates_are_pooled()
    {
        var pooled = Moments(3); // china-2008-2024.yaml runs on seed 20240101
        Assert.Equal(6, pooled.Count);
        Assert.Equal(Moments(1).SelectMany(r => r), pooled.Take(2).SelectMany(r => r));
        Assert.Equal(Moments(1, "simulation.seed=20240102").SelectMany(r => r), pooled.Skip(2).Take(2).SelectMany(r => r));
        Assert.Equal(Moments(1, "simulation.seed=20240103").SelectMany(r => r), pooled.Skip(4).SelectMany(r => r));
        Assert.NotEqual(pooled[0], pooled[2]); // other firms
    }

    [Fact]
    public void The_draws_follow_the_seed_the_scenario_is_given()
    {
        var fromSeven = Moments(2, "simulation.seed=7");
        Assert.Equal(Moments(1, "simulation.seed=8").SelectMany(r => r), fromSeven.Skip(2).SelectMany(r => r));
    }
}
