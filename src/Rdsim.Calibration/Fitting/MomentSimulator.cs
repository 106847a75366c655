using System.Runtime.ExceptionServices;
using Rdsim.Calibration.Metrics;
using Rdsim.Engine;
using Rdsim.Engine.Reference;
using Rdsim.Reporting.Results;
using Rdsim.Runs;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Calibration.Fitting;

/// <summary>
/// Runs a scenario with changes through the front door (<see cref="Simulator"/>), on the reference engine in process unless
/// given another (a cluster's), and reads the fitted targets' metrics from each replicate's reported results. Simulations that
/// do not depend on each other (the population draws of one call, the points of <see cref="RunAll"/>) run a given number at a
/// time; each result goes to its own place, so the moments do not depend on how many, nor on the engine. Every call uses the scenario's seed, so two
/// calls differ only by their parameters (common random numbers). With several population draws, draw k is the scenario on
/// seed + k (other firms and other shocks), and the replicates of every draw are pooled. The run stops at the last target
/// year. The scenario is changed in memory (<see cref="Scenario.With(IEnumerable{ScenarioChange})"/>): its files are read once.
/// </summary>
public sealed class MomentSimulator
{
    private readonly Scenario _scenario;
    private readonly IReadOnlyList<MappedTarget> _targets;
    private readonly int _populations;
    private readonly int _runsInFlight;
    private readonly RunOptions _options;

    /// <summary>A simulator of <paramref name="scenario"/> (with the replicates each simulation runs) for <paramref name="targets"/>.</summary>
    /// <param name="scenario">The scenario, with every change a fit keeps (e.g. <c>simulation.replications</c>).</param>
    /// <param name="targets">The fitted targets.</param>
    /// <param name="populations">Population draws per simulation (seeds seed, seed + 1, …); at least 1.</param>
    /// <param name="engine">The engine (default: the reference engine).</param>
    /// <param name="runsInFlight">Independent simulations run at once; at least 1.</param>
    public MomentSimulator(Scenario scenario, IReadOnlyList<MappedTarget> targets, int populations = 1, ISimulationEngine? engine = null, int runsInFlight = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(populations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(runsInFlight, 1);
        _scenario = scenario;
        _targets = targets;
        _populations = populations;
        _runsInFlight = runsInFlight;
        _options = new RunOptions { Engine = engine ?? new ReferenceEngine(), Command = "rdsim calibrate (a simulation of the search)" };
    }

    /// <summary>The scenario with <paramref name="changes"/>, checked to simulate every target year, and stopped at the last.</summary>
    /// <exception cref="InputException">A change that is not valid, or a target year the scenario does not reach.</exception>
    public Scenario Load(IReadOnlyList<ScenarioChange> changes)
    {
        var probe = _scenario.With(changes);
        var lastTargetYear = _targets.Max(t => t.Target.Year);
        var errors = _targets
            .Where(t => t.Target.Year < probe.Run.FirstYear || t.Target.Year > probe.Run.LastYear)
            .Select(t => Diagnostic.Error(probe.SourcePath, 0, 0, "simulation", new(
                $"The target {t.Target.Metric} is for {t.Target.Year}, outside the scenario's reported years {probe.Run.FirstYear}–{probe.Run.LastYear}.",
                $"目标 {t.Target.Metric} 针对的是 {t.Target.Year} 年，不在情景的报告年份 {probe.Run.FirstYear}–{probe.Run.LastYear} 之内。")))
            .ToList();
        if (errors.Count > 0) throw new InputException(errors);
        return probe.Run.LastYear == lastTargetYear ? probe : _scenario.With([.. changes, ScenarioChange.Set("simulation.lastYear", lastTargetYear)]);
    }

    /// <summary>Simulates the targets' metrics with <paramref name="changes"/>.</summary>
    /// <remarks>Rows are the replicates of the first population draw, then of the second, and so on.</remarks>
    /// <exception cref="InputException">A change that is not valid, or a target year the scenario does not reach.</exception>
    public SimulatedMoments Run(IReadOnlyList<ScenarioChange> changes, CancellationToken cancellationToken)
    {
        var (moments, invalid) = Simulate([changes], cancellationToken)[0];
        if (invalid is not null) ExceptionDispatchInfo.Throw(invalid);
        return moments!;
    }

    /// <summary>
    /// The moments of each of <paramref name="points"/> (changes, as for <see cref="Run"/>), in their order: null for a point whose
    /// changes, or whose scenario, are not valid (an <see cref="InputException"/>). The same numbers as <see cref="Run"/> point by point.
    /// </summary>
    public IReadOnlyList<SimulatedMoments?> RunAll(IReadOnlyList<IReadOnlyList<ScenarioChange>> points, CancellationToken cancellationToken) =>
        [.. Simulate(points, cancellationToken).Select(p => p.Moments)];

    /// <summary>Every draw of every point, <see cref="_runsInFlight"/> at a time; each point's moments, or why it is not valid.</summary>
    private (SimulatedMoments? Moments, InputException? Invalid)[] Simulate(IReadOnlyList<IReadOnlyList<ScenarioChange>> points, CancellationToken cancellationToken)
    {
        var outcomes = new (SimulatedMoments?, InputException?)[points.Count];
        var draws = new Scenario[points.Count][];
        for (var p = 0; p < points.Count; p++)
        {
            try
            {
                draws[p] = Draws(points[p]);
            }
            catch (InputException e)
            {
                outcomes[p] = (null, e);
                draws[p] = [];
            }
        }
        var jobs = draws.SelectMany((d, p) => d.Select((_, k) => (Point: p, Draw: k))).ToList();
        var rows = draws.Select(d => new IReadOnlyList<double>[d.Length][]).ToArray();
        var invalid = new InputException?[points.Count];
        RunsInFlight.ForEach(jobs.Count, _runsInFlight, async (j, token) =>
        {
            var (p, k) = jobs[j];
            try
            {
                rows[p][k] = await Replicates(draws[p][k], token);
            }
            catch (InputException e)
            {
                invalid[p] = e;
            }
        }, cancellationToken).GetAwaiter().GetResult();
        for (var p = 0; p < points.Count; p++)
        {
            if (draws[p].Length == 0) continue;
            outcomes[p] = invalid[p] is { } e ? (null, e) : (new SimulatedMoments([.. rows[p].SelectMany(r => r)]), null);
        }
        return outcomes;
    }

    /// <summary>The scenarios of a point's population draws: draw k on seed + k.</summary>
    private Scenario[] Draws(IReadOnlyList<ScenarioChange> changes)
    {
        var first = Load(changes);
        return [first, .. Enumerable.Range(1, _populations - 1).Select(k => Load([.. changes, ScenarioChange.Set("simulation.seed", first.Run.Seed + (ulong)k)]))];
    }

    /// <summary>One draw simulated: the targets' metrics in each replicate.</summary>
    private async Task<IReadOnlyList<double>[]> Replicates(Scenario scenario, CancellationToken cancellationToken)
    {
        var result = await Simulator.Run(scenario, _options with { Population = Firms(scenario) }, cancellationToken);
        var years = ReportedYears.Of(result);
        return [.. Enumerable.Range(0, scenario.Run.Replications)
            .Select(r => (IReadOnlyList<double>)[.. _targets.Select(t => t.Metric.Of(years[(r, t.Target.Year)]))])];
    }

    /// <summary>The scenario's firms; synthetic ones are drawn without names (names do not change traits, cost time, and nothing here reports single firms).</summary>
    private static Population Firms(Scenario scenario)
    {
        if (scenario.Population.FromCsv is not null) return PopulationBuilder.Build(scenario);
        return new Population(PopulationBuilder.SyntheticTraits(scenario.Model, scenario.Run.Seed, scenario.Population.Firms,
            PopulationTurnover.Of(scenario), scenario.Population.Weight), []);
    }
}
