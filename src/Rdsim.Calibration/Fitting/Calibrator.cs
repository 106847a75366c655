using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Rdsim.Calibration.Metrics;
using Rdsim.Calibration.Results;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Fitting;

/// <summary>
/// Method of simulated moments: finds the free parameters' coordinates that minimise <see cref="Objective"/>
/// between the targets and the means across replicates, by Nelder–Mead (MathNet.Numerics) from the input
/// scenario (all coordinates 0), restarted from the best point while it still improves. Every simulation uses
/// the same seed (common random numbers), so the objective is a deterministic function of the parameters.
/// The fitted values are rounded to 4 significant digits and the reported table is simulated at the rounded values.
/// </summary>
public static class Calibrator
{
    private const int MaxRestarts = 3;

    /// <summary>Fits <paramref name="scenarioPath"/> to <paramref name="mapping"/>'s fitted targets.</summary>
    /// <exception cref="InputException">A bad scenario, override or target year, or a free parameter that is not a plain number.</exception>
    public static CalibrationResult Fit(string scenarioPath, TargetMapping mapping, CalibrationOptions options,
        IProgress<CalibrationProgress>? progress, CancellationToken cancellationToken)
    {
        var replications = $"simulation.replications={options.Replications.ToString(CultureInfo.InvariantCulture)}";
        var simulator = new MomentSimulator(scenarioPath, [.. options.Overrides, replications], mapping.Fitted);
        var start = simulator.Load([]);
        IReadOnlyList<FreeParameter> free;
        try
        {
            free = FreeParameterSet.For(start, options.FreeParameters);
        }
        catch (ArgumentException e)
        {
            throw new InputException(new Diagnostic(Severity.Error, "command line", 0, 0, "--free", e.Message));
        }
        var starts = StartValues(start, free, scenarioPath);
        var targets = mapping.Fitted.Select(t => t.Target.Value).ToArray();

        var search = new Search(simulator, free, starts, targets, options.MaxEvaluations, progress, cancellationToken);
        var startObjective = search.Evaluate(new double[free.Count]);
        var best = search.Run(options.Tolerance);

        var fitted = free.Select((p, i) => new FittedParameter(p, best[i],
            p.Keys.Select(k => new FittedValue(k, starts[k], Round(p.ValueAt(starts[k], best[i])))).ToList())).ToList();
        var overrides = fitted.SelectMany(p => p.Values).Select(v => $"{v.Key}={v.Value.ToString("R", CultureInfo.InvariantCulture)}").ToList();
        var moments = simulator.Run(overrides, cancellationToken);
        var rows = Rows(mapping, moments);
        return new CalibrationResult(start, fitted, rows, mapping.Ignored, startObjective,
            Objective.Value(targets, moments.Means()), search.Evaluations, options.Replications);
    }

    /// <summary>Simulates <paramref name="scenarioPath"/> as it is and compares it with the targets (no search).</summary>
    public static IReadOnlyList<FitRow> Evaluate(string scenarioPath, TargetMapping mapping, int replications,
        IReadOnlyList<string>? overrides, CancellationToken cancellationToken)
    {
        var simulator = new MomentSimulator(scenarioPath,
            [.. overrides ?? [], $"simulation.replications={replications.ToString(CultureInfo.InvariantCulture)}"], mapping.Fitted);
        return Rows(mapping, simulator.Run([], cancellationToken));
    }

    private static List<FitRow> Rows(TargetMapping mapping, SimulatedMoments moments) =>
        mapping.Fitted.Select((t, i) => new FitRow(t, moments.Mean(i), moments.Quantile(i, 0.05), moments.Quantile(i, 0.95))).ToList();

    /// <summary>4 significant digits: enough for the fit, short enough to read in a scenario file.</summary>
    internal static double Round(double value)
    {
        if (value == 0 || !double.IsFinite(value)) return value;
        var digits = 3 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return digits is >= 0 and <= 15 ? Math.Round(value, digits) : double.Parse(value.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, double> StartValues(Scenario scenario, IReadOnlyList<FreeParameter> free, string file)
    {
        var resolved = scenario.Resolved.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var errors = new List<Diagnostic>();
        foreach (var key in free.SelectMany(p => p.Keys))
        {
            if (resolved.TryGetValue(key, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                values[key] = v;
            }
            else
            {
                errors.Add(new Diagnostic(Severity.Error, file, 0, 0, key, $"A free parameter must be a plain number in the scenario to be fitted; found '{text}'."));
            }
        }
        if (errors.Count > 0) throw new InputException(errors);
        return values;
    }

    /// <summary>The search state: counts simulations, remembers the best point, enforces the budget.</summary>
    private sealed class Search(MomentSimulator simulator, IReadOnlyList<FreeParameter> free, IReadOnlyDictionary<string, double> starts,
        double[] targets, int budget, IProgress<CalibrationProgress>? progress, CancellationToken cancellationToken)
    {
        private double[] _best = new double[free.Count];
        private double _bestValue = double.PositiveInfinity;

        public int Evaluations { get; private set; }

        public double Evaluate(double[] u)
        {
            if (Evaluations > budget) throw new BudgetExhausted();
            cancellationToken.ThrowIfCancellationRequested();
            var overrides = new List<string>();
            for (var i = 0; i < free.Count; i++)
            {
                foreach (var key in free[i].Keys)
                {
                    overrides.Add($"{key}={free[i].ValueAt(starts[key], u[i]).ToString("R", CultureInfo.InvariantCulture)}");
                }
            }
            double value;
            try
            {
                value = Objective.Value(targets, simulator.Run(overrides, cancellationToken).Means());
            }
            catch (InputException)
            {
                value = double.MaxValue / 4;   // outside a parameter's valid range: a wall, not an error
            }
            Evaluations++;
            if (value < _bestValue)
            {
                _bestValue = value;
                _best = (double[])u.Clone();
            }
            progress?.Report(new CalibrationProgress(Evaluations, budget, value, _bestValue));
            return value;
        }

        public double[] Run(double tolerance)
        {
            if (budget == 0) return _best;
            var steps = Vector<double>.Build.DenseOfEnumerable(free.Select(p => p.Step));
            var function = ObjectiveFunction.Value(v => Evaluate(v.ToArray()));
            for (var round = 0; round <= MaxRestarts; round++)
            {
                var before = _bestValue;
                try
                {
                    NelderMeadSimplex.Minimum(function, Vector<double>.Build.DenseOfArray(_best), steps, tolerance, budget);
                }
                catch (BudgetExhausted)
                {
                    break;
                }
                catch (MaximumIterationsException)
                {
                    break;
                }
                if (before - _bestValue <= tolerance * Math.Max(1e-12, before)) break;
                steps *= 0.5;
            }
            return _best;
        }
    }

    private sealed class BudgetExhausted : Exception;
}
