using System.Globalization;
using Rdsim.Calibration.Metrics;
using Rdsim.Engine;
using Rdsim.Engine.Reference;
using Rdsim.Model.Firms;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Calibration.Fitting;

/// <summary>
/// Runs a scenario with extra overrides on the reference engine, in process, and reads the fitted targets'
/// metrics from each replicate. Every call uses the scenario's seed, so two calls differ only by their
/// parameters (common random numbers). With several population draws, draw k is the scenario on seed + k (other
/// firms and other shocks), and the replicates of every draw are pooled. The run stops at the last target year.
/// </summary>
public sealed class MomentSimulator
{
    private readonly string _scenarioPath;
    private readonly IReadOnlyList<string> _baseOverrides;
    private readonly IReadOnlyList<MappedTarget> _targets;
    private readonly int _populations;
    private readonly ReferenceEngine _engine = new();

    /// <summary>A simulator of <paramref name="scenarioPath"/> (with <paramref name="baseOverrides"/>) for <paramref name="targets"/>.</summary>
    /// <param name="scenarioPath">The scenario file.</param>
    /// <param name="baseOverrides">Overrides applied on every run before the parameter values (e.g. <c>simulation.replications=5</c>).</param>
    /// <param name="targets">The fitted targets.</param>
    /// <param name="populations">Population draws per simulation (seeds seed, seed + 1, …); at least 1.</param>
    public MomentSimulator(string scenarioPath, IReadOnlyList<string> baseOverrides, IReadOnlyList<MappedTarget> targets, int populations = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(populations, 1);
        _scenarioPath = scenarioPath;
        _baseOverrides = baseOverrides;
        _targets = targets;
        _populations = populations;
    }

    /// <summary>Loads the scenario with <paramref name="overrides"/> and checks that it simulates every target year.</summary>
    /// <exception cref="InputException">A bad scenario or override, or a target year the scenario does not reach.</exception>
    public Scenario Load(IReadOnlyList<string> overrides)
    {
        var probe = ScenarioLoader.Load(_scenarioPath, [.. _baseOverrides, .. overrides]).Scenario;
        var lastTargetYear = _targets.Max(t => t.Target.Year);
        var errors = _targets
            .Where(t => t.Target.Year < probe.Run.FirstYear || t.Target.Year > probe.Run.LastYear)
            .Select(t => new Diagnostic(Severity.Error, _scenarioPath, 0, 0, "simulation", $"The target {t.Target.Metric} is for {t.Target.Year}, " +
                $"outside the scenario's reported years {probe.Run.FirstYear}–{probe.Run.LastYear}."))
            .ToList();
        if (errors.Count > 0) throw new InputException(errors);
        if (probe.Run.LastYear == lastTargetYear) return probe;
        var stop = $"simulation.lastYear={lastTargetYear.ToString(CultureInfo.InvariantCulture)}";
        return ScenarioLoader.Load(_scenarioPath, [.. _baseOverrides, .. overrides, stop]).Scenario;
    }

    /// <summary>Simulates the targets' metrics with <paramref name="overrides"/> (<c>name=value</c>).</summary>
    /// <remarks>Rows are the replicates of the first population draw, then of the second, and so on.</remarks>
    public SimulatedMoments Run(IReadOnlyList<string> overrides, CancellationToken cancellationToken)
    {
        var first = Load(overrides);
        var rows = new List<IReadOnlyList<double>>();
        for (var k = 0; k < _populations; k++)
        {
            var seed = (first.Run.Seed + (ulong)k).ToString(CultureInfo.InvariantCulture);
            rows.AddRange(Simulate(k == 0 ? first : Load([.. overrides, $"simulation.seed={seed}"]), cancellationToken));
        }
        return new SimulatedMoments(rows);
    }

    private IEnumerable<IReadOnlyList<double>> Simulate(Scenario scenario, CancellationToken cancellationToken)
    {
        var input = new SimulationInput(scenario.Run, scenario.Model, scenario.Policy, Firms(scenario));
        var result = _engine.RunAsync(input, null, cancellationToken).GetAwaiter().GetResult();
        return result.Replicates.Select(r => (IReadOnlyList<double>)_targets
            .Select(t => t.Metric.Of(r.Years.Single(y => y.Year == t.Target.Year).Scenario))
            .ToList());
    }

    /// <summary>The scenario's firms; synthetic ones are drawn without names (names do not change traits and cost time).</summary>
    private static IReadOnlyList<FirmTraits> Firms(Scenario scenario)
    {
        if (scenario.Population.FromCsv is not null) return PopulationBuilder.Build(scenario).Traits;
        return PopulationBuilder.SyntheticTraits(scenario.Model, scenario.Run.Seed, scenario.Population.Firms, PopulationTurnover.Of(scenario), scenario.Population.Weight);
    }
}
