using Rdsim.Calibration.Metrics;
using Rdsim.Engine.Reference;
using Rdsim.Reporting.Results;
using Rdsim.Runs;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Calibration.Fitting;

/// <summary>
/// Runs a scenario with changes on the reference engine, in process, through the front door (<see cref="Simulator"/>), and
/// reads the fitted targets' metrics from each replicate's reported results. Every call uses the scenario's seed, so two
/// calls differ only by their parameters (common random numbers). With several population draws, draw k is the scenario on
/// seed + k (other firms and other shocks), and the replicates of every draw are pooled. The run stops at the last target
/// year. The scenario is changed in memory (<see cref="Scenario.With(IEnumerable{ScenarioChange})"/>): its files are read once.
/// </summary>
public sealed class MomentSimulator
{
    private readonly Scenario _scenario;
    private readonly IReadOnlyList<MappedTarget> _targets;
    private readonly int _populations;
    private readonly RunOptions _options = new() { Engine = new ReferenceEngine(), Command = "rdsim calibrate (a simulation of the search)" };

    /// <summary>A simulator of <paramref name="scenario"/> (with the replicates each simulation runs) for <paramref name="targets"/>.</summary>
    /// <param name="scenario">The scenario, with every change a fit keeps (e.g. <c>simulation.replications</c>).</param>
    /// <param name="targets">The fitted targets.</param>
    /// <param name="populations">Population draws per simulation (seeds seed, seed + 1, …); at least 1.</param>
    public MomentSimulator(Scenario scenario, IReadOnlyList<MappedTarget> targets, int populations = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(populations, 1);
        _scenario = scenario;
        _targets = targets;
        _populations = populations;
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
    public SimulatedMoments Run(IReadOnlyList<ScenarioChange> changes, CancellationToken cancellationToken)
    {
        var first = Load(changes);
        var rows = new List<IReadOnlyList<double>>();
        for (var k = 0; k < _populations; k++)
        {
            var draw = k == 0 ? first : Load([.. changes, ScenarioChange.Set("simulation.seed", first.Run.Seed + (ulong)k)]);
            rows.AddRange(Simulate(draw, cancellationToken));
        }
        return new SimulatedMoments(rows);
    }

    private IEnumerable<IReadOnlyList<double>> Simulate(Scenario scenario, CancellationToken cancellationToken)
    {
        var result = Simulator.Run(scenario, _options with { Population = Firms(scenario) }, cancellationToken).GetAwaiter().GetResult();
        var years = ReportedYears.Of(result);
        return Enumerable.Range(0, scenario.Run.Replications)
            .Select(r => (IReadOnlyList<double>)[.. _targets.Select(t => t.Metric.Of(years[(r, t.Target.Year)]))]);
    }

    /// <summary>The scenario's firms; synthetic ones are drawn without names (names do not change traits, cost time, and nothing here reports single firms).</summary>
    private static Population Firms(Scenario scenario)
    {
        if (scenario.Population.FromCsv is not null) return PopulationBuilder.Build(scenario);
        return new Population(PopulationBuilder.SyntheticTraits(scenario.Model, scenario.Run.Seed, scenario.Population.Firms,
            PopulationTurnover.Of(scenario), scenario.Population.Weight), []);
    }
}
