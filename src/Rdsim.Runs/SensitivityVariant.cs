using Rdsim.Scenarios;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Runs;

/// <summary>One run of a sensitivity analysis: the base scenario with one parameter at one end of its range.</summary>
/// <param name="Spec">The parameter and its ends.</param>
/// <param name="End">Which end.</param>
/// <param name="Scenario">The base scenario with that value (its seed and replications, so the same firms and shocks).</param>
public sealed record SensitivityVariant(SensitivitySpec Spec, SensitivityEnd End, Scenario Scenario)
{
    /// <summary>
    /// Every variant of <paramref name="baseScenario"/>: each spec's low end, then its high end, in order; all loaded (and so
    /// checked) before anything runs.
    /// </summary>
    /// <exception cref="Scenarios.Loading.InputException">A value the parameter, or the scenario with it, does not accept.</exception>
    public static IReadOnlyList<SensitivityVariant> Of(Scenario baseScenario, IReadOnlyList<SensitivitySpec> specs, string origin = "--vary") =>
        [.. specs.SelectMany(s => new[] { SensitivityEnd.Low, SensitivityEnd.High }.Select(end => new SensitivityVariant(s, end, baseScenario.With([s.Change(end, origin)]))))];
}
