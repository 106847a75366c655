using Rdsim.Engine;
using Rdsim.Scenarios;

namespace Rdsim.Calibration.Fitting;

/// <summary>How a calibration searches.</summary>
public sealed record CalibrationOptions
{
    /// <summary>Replicates (shock paths over the same firms) per simulation; means and bands are across them.</summary>
    public int Replications { get; init; } = 3;

    /// <summary>
    /// Population draws per simulation: draw k is the scenario on seed + k, with <see cref="Replications"/> shock paths
    /// each, and means and bands are over all of them, so the fit does not hinge on which firms one seed drew.
    /// </summary>
    public int Populations { get; init; } = 1;

    /// <summary>Budget of simulations for the search; 0 only evaluates the input scenario.</summary>
    public int MaxEvaluations { get; init; } = 600;

    /// <summary>
    /// Points of the Latin-hypercube screening of the free parameters' ranges that precedes Nelder–Mead; null for
    /// 8 per free parameter (at most half the budget), 0 to start Nelder–Mead from the input alone.
    /// </summary>
    public int? ScreeningPoints { get; init; }

    /// <summary>Nelder–Mead searches, each from one of the best distinct points found so far (the budget is shared).</summary>
    public int Starts { get; init; } = 3;

    /// <summary>Nelder–Mead stops when the simplex's objective values differ by less than this (relative).</summary>
    public double Tolerance { get; init; } = 1e-5;

    /// <summary>
    /// A scenario whose values of the free parameters are where the search starts, e.g. an earlier fit of the same input:
    /// its coordinates are worked out against the input, whose ranges still bound the search, so a fit can be refined
    /// (after a change to the model) without leaving what the input calls plausible. Null to start at the input.
    /// </summary>
    public Scenario? StartFrom { get; init; }

    /// <summary>Free parameter names (<see cref="FreeParameterSet.KnownNames"/>); null for <see cref="FreeParameterSet.DefaultNames"/>.</summary>
    public IReadOnlyList<string>? FreeParameters { get; init; }

    /// <summary>
    /// The overrides (<c>name=value</c>) the input scenario was loaded with, as typed (e.g. a seed or a smaller population): the
    /// fitted scenario writes them, so that it reproduces the fit.
    /// </summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The engine every simulation runs on; null for the reference engine in this process. Every engine gives the same fit.</summary>
    public ISimulationEngine? Engine { get; init; }

    /// <summary>
    /// Simulations run at once where they do not depend on each other (the population draws of one simulation, the screened
    /// points): more than 1 keeps a cluster's silos busy. The fit does not depend on it.
    /// </summary>
    public int RunsInFlight { get; init; } = 1;
}
