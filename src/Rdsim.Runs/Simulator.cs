using Rdsim.Engine;
using Rdsim.Engine.Reference;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Runs;

/// <summary>
/// The front door: one call runs a scenario (with its no-incentive counterfactual on the same firms and shocks), compares
/// scenarios on one seed, sweeps a grid, or reruns it with uncertain parameters at the ends of their ranges, and returns the results in memory as <see cref="RunResult"/>s — what the
/// charts, the brief and the run folder take. <c>rdsim run</c>, <c>compare</c>, <c>sweep</c> and <c>sensitivity</c> go through it too.
/// </summary>
/// <example>
/// <code>
/// var scenario = ScenarioLoader.Load("scenarios/china-2008-2024.yaml").With("population.firms", 2000);
/// var result = await Simulator.Run(scenario);
/// var bang = result.Years.Last(YearsTable.Cumulative(AdditionalityColumns.BangForBuck));
/// </code>
/// </example>
public static class Simulator
{
    /// <summary>Runs <paramref name="scenario"/> and returns its results.</summary>
    /// <exception cref="InputException">A population file that cannot be read.</exception>
    public static async Task<RunResult> Run(Scenario scenario, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new RunOptions();
        var engine = options.Engine ?? new ReferenceEngine();
        var population = options.Population ?? PopulationBuilder.Build(scenario);
        var input = new SimulationInput(scenario.Run, scenario.Model, scenario.Policy, population.Traits) { Observer = options.Observer?.Invoke(population) };
        var started = DateTimeOffset.UtcNow;
        var simulation = await engine.RunAsync(input, options.Progress, cancellationToken);
        return RunResult.Of(scenario, simulation, new RunFacts(engine.Placement, population.Traits.Count, started, DateTimeOffset.UtcNow, options.Command, population.Regions));
    }

    /// <summary>Loads the scenario file <paramref name="path"/> with <c>--set</c>-style <paramref name="overrides"/> and runs it.</summary>
    /// <exception cref="InputException">A bad scenario or override.</exception>
    public static Task<RunResult> Run(string path, params string[] overrides) => Run(ScenarioLoader.Load(path, overrides));

    /// <summary>
    /// Runs every scenario on the first one's seed and replications (common random numbers: the same firms and shocks, so the
    /// differences are the policies'), one after another; the first is the baseline the others are compared with.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two scenarios.</exception>
    /// <exception cref="InputException">A scenario on other years or firms than the baseline's (<see cref="ComparableScenarios"/>).</exception>
    public static async Task<IReadOnlyList<RunResult>> Compare(IReadOnlyList<Scenario> scenarios, RunOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (scenarios.Count < 2) throw new ArgumentException("A comparison needs at least two scenarios.", nameof(scenarios));
        var aligned = scenarios.Select(s => OnSeedOf(scenarios[0], s)).ToList();
        ComparableScenarios.Require(aligned);
        var results = new List<RunResult>(scenarios.Count);
        foreach (var scenario in aligned) results.Add(await Run(scenario, options, cancellationToken));
        return results;
    }

    /// <summary>Runs every point of <paramref name="grid"/> over <paramref name="baseScenario"/>, in grid order.</summary>
    /// <exception cref="InputException">A swept value that is not valid.</exception>
    public static async Task<SweepResult> Sweep(Scenario baseScenario, SweepGrid grid, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        var points = new List<RunResult>(grid.Points.Count);
        for (var i = 0; i < grid.Points.Count; i++) points.Add(await Run(Point(baseScenario, grid, i), options, cancellationToken));
        return new SweepResult(grid, points);
    }

    /// <summary>
    /// Runs <paramref name="baseScenario"/> and, one parameter at a time, it with each of <paramref name="specs"/> (default: the
    /// registry's uncertain parameters, <see cref="SensitivitySpec.Defaults"/>) at its low and its high end, all on the base's seed
    /// and replications (common random numbers), in that order.
    /// </summary>
    /// <exception cref="InputException">A value the parameter, or the scenario with it, does not accept.</exception>
    public static async Task<SensitivityResult> Sensitivity(Scenario baseScenario, IReadOnlyList<SensitivitySpec>? specs = null, RunOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var variants = SensitivityVariant.Of(baseScenario, specs ?? SensitivitySpec.Defaults, ScenarioChange.InCode);
        var baseRun = await Run(baseScenario, options, cancellationToken);
        var runs = new List<(SensitivitySpec, SensitivityEnd, RunResult)>(variants.Count);
        foreach (var v in variants) runs.Add((v.Spec, v.End, await Run(v.Scenario, options, cancellationToken)));
        return SensitivityResult.Of(baseRun, runs);
    }

    /// <summary>
    /// The scenario of point <paramref name="point"/>: <paramref name="baseScenario"/> with the point's values, each reported
    /// against what gave its parameter (<paramref name="origins"/>, one per swept parameter; default <c>--vary</c>).
    /// </summary>
    /// <exception cref="InputException">A swept value that is not valid.</exception>
    public static Scenario Point(Scenario baseScenario, SweepGrid grid, int point, IReadOnlyList<string>? origins = null) =>
        baseScenario.With(grid.Changes(point, origins));

    /// <summary><paramref name="scenario"/> on <paramref name="baseline"/>'s seed and replications (unchanged when it has them already).</summary>
    private static Scenario OnSeedOf(Scenario baseline, Scenario scenario)
    {
        var (seed, replications) = (baseline.Run.Seed, baseline.Run.Replications);
        List<ScenarioChange> changes = [];
        if (scenario.Run.Seed != seed) changes.Add(ScenarioChange.Set("simulation.seed", seed));
        if (scenario.Run.Replications != replications) changes.Add(ScenarioChange.Set("simulation.replications", replications));
        return changes.Count == 0 ? scenario : scenario.With(changes);
    }
}
