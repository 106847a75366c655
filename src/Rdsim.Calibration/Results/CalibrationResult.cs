using Rdsim.Calibration.Metrics;
using Rdsim.Scenarios;

namespace Rdsim.Calibration.Results;

/// <summary>What a calibration found.</summary>
/// <param name="Start">The input scenario, as loaded.</param>
/// <param name="Parameters">The free parameters at the optimum.</param>
/// <param name="Rows">Every fitted target against its simulation at the (rounded) optimum.</param>
/// <param name="Ignored">Targets listed but not fitted.</param>
/// <param name="StartObjective">The distance at the input scenario.</param>
/// <param name="Objective">The distance at the optimum, as reported in <paramref name="Rows"/>.</param>
/// <param name="Evaluations">Simulations run by the search.</param>
/// <param name="Replications">Replicates per simulation.</param>
/// <param name="Populations">Population draws per simulation (seeds seed, seed + 1, …), each with <paramref name="Replications"/> replicates.</param>
/// <param name="InputOverrides">The overrides (<c>name=value</c>) the input was fitted with, e.g. a seed or a smaller population.</param>
/// <param name="FittedOverrides">The fitted values as overrides (<c>name=value</c>; a parameter fitted by year as one year-keyed value).</param>
public sealed record CalibrationResult(
    Scenario Start,
    IReadOnlyList<FittedParameter> Parameters,
    IReadOnlyList<FitRow> Rows,
    IReadOnlyList<IgnoredTarget> Ignored,
    double StartObjective,
    double Objective,
    int Evaluations,
    int Replications,
    int Populations,
    IReadOnlyList<string> InputOverrides,
    IReadOnlyList<string> FittedOverrides);
