using Rdsim.Engine;
using Rdsim.Engine.Reference;
using Rdsim.Reporting.Results;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Reporting.Tests;

/// <summary>Small runs of bundled scenarios, made in memory on the reference engine, for tests of what is drawn from a run's results.</summary>
internal static class SmallRuns
{
    /// <summary>The China 2008–2024 scenario on <paramref name="firms"/> firms (2015–2020, <paramref name="replications"/> replicates).</summary>
    public static async Task<RunResult> China(int firms = 600, int replications = 2)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryRoot(), "scenarios", "china-2008-2024.yaml"),
            [$"population.firms={firms}", "simulation.firstYear=2015", "simulation.lastYear=2020", $"simulation.replications={replications}"]);
        var population = PopulationBuilder.Build(scenario);
        var engine = new ReferenceEngine();
        var input = new SimulationInput(scenario.Run, scenario.Model, scenario.Policy, population.Traits);
        var simulation = await engine.RunAsync(input, null, default);
        return RunResult.Of(scenario, simulation, new RunFacts(engine.Placement, population.Traits.Count, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "test"));
    }

    /// <summary>The repository's root (the folder of Simulation.sln).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Simulation.sln not found.");
    }
}
