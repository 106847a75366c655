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
/// parameters (common random numbers). The run stops at the last target year.
/// </summary>
public sealed class MomentSimulator
{
    private readonly string _scenarioPath;
    private readonly IReadOnlyList<string> _baseOverrides;
    private readonly IReadOnlyList<MappedTarget> _targets;
    private readonly ReferenceEngine _engine = new();

    /// <summary>A simulator of <paramref name="scenarioPath"/> (with <paramref name="baseOverrides"/>) for <paramref name="targets"/>.</summary>
    /// <param name="scenarioPath">The scenario file.</param>
    /// <param name="baseOverrides">Overrides applied on every run before the parameter values (e.g. <c>simulation.replications=5</c>).</param>
    /// <param name="targets">The fitted targets.</param>
    public MomentSimulator(string scenarioPath, IReadOnlyList<string> baseOverrides, IReadOnlyList<MappedTarget> targets)
    {
        _scenarioPath = scenarioPath;
        _baseOverrides = baseOverrides;
        _targets = targets;
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
    public SimulatedMoments Run(IReadOnlyList<string> overrides, CancellationToken cancellationToken)
    {
        var scenario = Load(overrides);
        var firms = Firms(scenario);
        var input = new SimulationInput(scenario.Run, scenario.Model, scenario.Policy, firms);
        var result = _engine.RunAsync(input, null, cancellationToken).GetAwaiter().GetResult();
        var rows = result.Replicates
            .Select(r => (IReadOnlyList<double>)_targets
                .Select(t => t.Metric.Of(r.Years.Single(y => y.Year == t.Target.Year).Scenario.Total))
                .ToList())
            .ToList();
        return new SimulatedMoments(rows);
    }

    /// <summary>The scenario's firms; synthetic ones are drawn without names (names do not change traits and cost time).</summary>
    private static IReadOnlyList<FirmTraits> Firms(Scenario scenario)
    {
        if (scenario.Population.FromCsv is not null) return PopulationBuilder.Build(scenario).Traits;
        return PopulationBuilder.SyntheticTraits(scenario.Model, scenario.Run.Seed, scenario.Population.Firms, PopulationTurnover.Of(scenario));
    }
}
