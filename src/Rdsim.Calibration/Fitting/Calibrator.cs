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
/// between the targets and the means across replicates. Every simulation uses the same seed (common random numbers),
/// so the objective is a deterministic function of the parameters — but a step function: counts of firms move by
/// whole firms, and a simplex that shrinks onto one step stalls there. The search therefore first screens the
/// plausible box of every free parameter with a Latin hypercube (global, derivative-free, indifferent to steps),
/// then runs Nelder–Mead (MathNet.Numerics) from the best few distinct points, each restarted with halved steps
/// while it still improves, inside the box; whatever budget is left polishes the best point found. The fitted values are rounded to 4 significant digits and the
/// reported table is simulated at the rounded values. The screened points do not depend on each other, so they are simulated
/// <see cref="CalibrationOptions.RunsInFlight"/> at a time (on a cluster) and then taken in order, exactly as one after another.
/// </summary>
public static class Calibrator
{
    private const int MaxRestarts = 3;

    /// <summary>Fits <paramref name="scenario"/> (loaded with the changes the fit keeps, e.g. <c>--set</c>) to <paramref name="mapping"/>'s fitted targets.</summary>
    /// <exception cref="InputException">A target year the scenario does not reach, or a free parameter that is not a plain number.</exception>
    public static CalibrationResult Fit(Scenario scenario, TargetMapping mapping, CalibrationOptions options,
        IProgress<CalibrationProgress>? progress, CancellationToken cancellationToken)
    {
        var simulator = new MomentSimulator(scenario.With("simulation.replications", options.Replications), mapping.Fitted, options.Populations,
            options.Engine, options.RunsInFlight);
        var start = simulator.Load([]);
        IReadOnlyList<FreeParameter> free;
        try
        {
            // Without a budget nothing moves: the scenario is compared as it is, whatever parameters it fixes by year.
            free = options.MaxEvaluations == 0 && options.FreeParameters is null ? [] : FreeParameterSet.For(start, options.FreeParameters);
        }
        catch (UnknownFreeParameterException e)
        {
            throw new InputException(Diagnostic.Error("command line", 0, 0, "--free", e.Text));
        }
        var values = ScenarioValues.From(start, free.SelectMany(p => p.Keys), scenario.SourcePath);
        var starts = values.Starts;
        RefuseFixedAtZero(free, starts);
        var origin = options.StartFrom is { } from ? StartingPoint(free, starts, from) : null;
        progress?.Report(new CalibrationProgress(0, options.MaxEvaluations, double.NaN, double.NaN));   // the inputs hold: the search begins
        var targets = mapping.Fitted;

        var search = new Search(simulator, free, values, targets, options.MaxEvaluations, progress, cancellationToken);
        var startObjective = search.Evaluate(new double[free.Count]);
        var screening = options.ScreeningPoints ?? Math.Min(8 * free.Count, options.MaxEvaluations / 2);
        var best = search.Run(screening, Math.Max(1, options.Starts), options.Tolerance, start.Run.Seed, origin);

        var fitted = free.Select((p, i) => new FittedParameter(p, best[i],
            p.Keys.Select(k => new FittedValue(k, starts[k], Round(p.ValueAt(starts[k], best[i])))).ToList())).ToList();
        var fittedValues = fitted.SelectMany(p => p.Values).Select(v => (v.Key, v.Value)).ToList();
        var moments = simulator.Run(values.Changes(fittedValues), cancellationToken);
        var rows = Rows(mapping, moments);
        return new CalibrationResult(start, fitted, rows, mapping.Ignored, startObjective,
            Objective.Value(targets, moments.Means()), search.Evaluations, options.Replications, options.Populations, options.Overrides,
            values.Overrides(fittedValues));
    }

    /// <summary>
    /// A free parameter that scales its values (<see cref="ParameterTransform.LogScale"/>) cannot move a value of 0, nor one that
    /// shifts log-odds (<see cref="ParameterTransform.LogitShift"/>) a share of 0 or 1: refused when every one of its values
    /// starts there, rather than searched without effect (e.g. <c>hnte.titleBenefit</c>, 0 by default; <c>hnte.applicationRate</c>, 1).
    /// </summary>
    private static void RefuseFixedAtZero(IReadOnlyList<FreeParameter> free, IReadOnlyDictionary<string, double> starts)
    {
        var scaled = free.FirstOrDefault(p => p.Transform == ParameterTransform.LogScale && p.Keys.All(k => starts[k] == 0));
        if (scaled is not null)
        {
            var keys = string.Join(", ", scaled.Keys);
            throw new InputException(Diagnostic.Error("command line", 0, 0, "--free", new(
                $"Free parameter '{scaled.Name}' scales {keys} by a factor, and the scenario starts it at 0, where no factor moves it: give it a positive starting value in the scenario.",
                $"自由参数 '{scaled.Name}' 按比例缩放 {keys}，而情景中其初始值为 0，任何比例都无法改变它：请在情景中为其设定一个正的初始值。")));
        }
        var share = free.FirstOrDefault(p => p.Transform == ParameterTransform.LogitShift && p.Keys.All(k => starts[k] is <= 0 or >= 1));
        if (share is not null)
        {
            var keys = string.Join(", ", share.Keys);
            throw new InputException(Diagnostic.Error("command line", 0, 0, "--free", new(
                $"Free parameter '{share.Name}' shifts the log-odds of {keys}, and the scenario starts it at {starts[share.Keys[0]]}, where no shift moves it: give it a starting value between 0 and 1 in the scenario.",
                $"自由参数 '{share.Name}' 平移 {keys} 的对数几率，而情景中其初始值为 {starts[share.Keys[0]]}，任何平移都无法改变它：请在情景中为其设定一个 0 与 1 之间的初始值。")));
        }
    }

    /// <summary>
    /// The coordinates at which <paramref name="from"/> has the free parameters' values: for each parameter the mean over
    /// its keys of <see cref="FreeParameter.CoordinateOf"/> (its keys moved together, so they agree up to the 4 digits a fit
    /// writes), which must lie within the parameter's range.
    /// </summary>
    /// <exception cref="InputException">The keys of a parameter disagree (not a fit of this input), or the point is outside a range.</exception>
    private static double[] StartingPoint(IReadOnlyList<FreeParameter> free, IReadOnlyDictionary<string, double> starts, Scenario from)
    {
        const double Agreement = 0.01;
        var file = from.SourcePath;
        var values = ScenarioValues.From(from, free.SelectMany(p => p.Keys), file).Starts;
        var origin = new double[free.Count];
        var errors = new List<Diagnostic>();
        for (var i = 0; i < free.Count; i++)
        {
            var p = free[i];
            var coordinates = p.Keys.Select(k => p.CoordinateOf(starts[k], values[k])).Where(double.IsFinite).ToList();
            if (coordinates.Count == 0) continue;
            var (low, high) = (coordinates.Min(), coordinates.Max());
            origin[i] = coordinates.Average();
            if (high - low > Agreement)
            {
                var range = $"{G3(low)} … {G3(high)}";
                errors.Add(Diagnostic.Error(file, 0, 0, p.Name, new(
                    $"--start-from: the values of free parameter '{p.Name}' do not move together from the input's as a fit moves them (coordinates {range}): start from a fit of the same input.",
                    $"--start-from：自由参数 '{p.Name}' 的取值相对输入情景并非像校准那样同步变化（坐标 {range}）：请从同一输入情景的校准结果开始。")));
            }
            else if (!p.Contains(origin[i]))
            {
                var (at, bounds) = (G3(origin[i]), $"{G3(p.Lower)} … {G3(p.Upper)}");
                errors.Add(Diagnostic.Error(file, 0, 0, p.Name, new(
                    $"--start-from: free parameter '{p.Name}' is at coordinate {at}, outside the range the input allows ({bounds}).",
                    $"--start-from：自由参数 '{p.Name}' 的坐标为 {at}，超出输入情景允许的范围（{bounds}）。")));
            }
        }
        if (errors.Count > 0) throw new InputException(errors);
        return origin;

        static string G3(double x) => x.ToString("G3", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Simulates <paramref name="scenario"/> as it is and compares it with the targets (no search), over
    /// <paramref name="populations"/> population draws (seeds seed, seed + 1, …).
    /// </summary>
    public static IReadOnlyList<FitRow> Evaluate(Scenario scenario, TargetMapping mapping, int replications, CancellationToken cancellationToken, int populations = 1) =>
        Rows(mapping, new MomentSimulator(scenario.With("simulation.replications", replications), mapping.Fitted, populations).Run([], cancellationToken));

    private static List<FitRow> Rows(TargetMapping mapping, SimulatedMoments moments) =>
        mapping.Fitted.Select((t, i) => new FitRow(t, moments.Mean(i), moments.Quantile(i, 0.05), moments.Quantile(i, 0.95))).ToList();

    /// <summary>4 significant digits: enough for the fit, short enough to read in a scenario file.</summary>
    internal static double Round(double value)
    {
        if (value == 0 || !double.IsFinite(value)) return value;
        var digits = 3 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return digits is >= 0 and <= 15 ? Math.Round(value, digits) : double.Parse(value.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>The search state: counts simulations, remembers every point and the best one, enforces the budget and the box.</summary>
    private sealed class Search(MomentSimulator simulator, IReadOnlyList<FreeParameter> free, ScenarioValues values,
        IReadOnlyList<MappedTarget> targets, int budget, IProgress<CalibrationProgress>? progress, CancellationToken cancellationToken)
    {
        /// <summary>Distance of a point outside the box: far worse than any simulated one, and growing with the overshoot.</summary>
        private const double Wall = 1e6;

        private readonly List<(double[] U, double Value)> _visited = [];
        private double[] _best = new double[free.Count];
        private double _bestValue = double.PositiveInfinity;

        public int Evaluations { get; private set; }

        public double Evaluate(double[] u) => EvaluateAll([u])[0];

        /// <summary>
        /// The distance at each of <paramref name="points"/>, as if they were evaluated one after another (the budget, the best
        /// point and the progress follow their order), the points to simulate simulated together.
        /// </summary>
        private double[] EvaluateAll(IReadOnlyList<double[]> points)
        {
            var distances = new double[points.Count];
            var simulated = new List<int>();
            var exhausted = false;
            for (var k = 0; k < points.Count && !exhausted; k++)
            {
                var u = points[k];
                var outside = 0.0;
                for (var i = 0; i < free.Count; i++) outside += Math.Max(0, free[i].Lower - u[i]) + Math.Max(0, u[i] - free[i].Upper);
                if (outside > 0) distances[k] = Wall * (1 + outside);   // not simulated: costs no budget
                else if (Evaluations + simulated.Count >= budget + 1) exhausted = true;
                else simulated.Add(k);
            }
            cancellationToken.ThrowIfCancellationRequested();
            var changes = simulated.Select(k => values.Changes(free.SelectMany((p, i) => p.Keys.Select(key => (key, p.ValueAt(values.Starts[key], points[k][i])))))).ToList();
            var moments = simulator.RunAll(changes, cancellationToken);
            for (var s = 0; s < simulated.Count; s++)
            {
                // Outside a parameter's valid range (no moments): a wall, not an error.
                var value = moments[s] is { } m ? Objective.Value(targets, m.Means()) : Wall;
                distances[simulated[s]] = value;
                Record(points[simulated[s]], value);
            }
            if (exhausted) throw new BudgetExhausted();
            return distances;
        }

        private void Record(double[] u, double value)
        {
            Evaluations++;
            _visited.Add(((double[])u.Clone(), value));
            if (value < _bestValue)
            {
                _bestValue = value;
                _best = (double[])u.Clone();
            }
            progress?.Report(new CalibrationProgress(Evaluations, budget, value, _bestValue));
        }

        /// <summary>
        /// Screens, descends from the best distinct points and polishes; an <paramref name="origin"/> (an earlier fit) is
        /// simulated first, so that it is among the points the descents may start from.
        /// </summary>
        public double[] Run(int screening, int startCount, double tolerance, ulong seed, double[]? origin)
        {
            if (budget == 0) return _best;
            try
            {
                if (origin is not null) Evaluate(origin);
                var lower = free.Select(p => p.Lower).ToArray();
                var upper = free.Select(p => p.Upper).ToArray();
                EvaluateAll(LatinHypercube.Sample(lower, upper, screening, seed));
                var share = Math.Max(1, (budget - Evaluations) / startCount);
                foreach (var from in DistinctBest(startCount))
                {
                    Descend(from, tolerance, Math.Min(budget, Evaluations + share));
                }
                Descend(_best, tolerance, budget);   // whatever budget is left polishes the best point
            }
            catch (BudgetExhausted)
            {
            }
            return _best;
        }

        /// <summary>The best visited points, at least a quarter of the box's width apart in some coordinate.</summary>
        private List<double[]> DistinctBest(int count)
        {
            var chosen = new List<double[]>();
            foreach (var (u, _) in _visited.OrderBy(v => v.Value))
            {
                if (chosen.Count == count) break;
                if (chosen.All(c => Enumerable.Range(0, free.Count).Any(i => Math.Abs(c[i] - u[i]) > 0.25 * (free[i].Upper - free[i].Lower))))
                {
                    chosen.Add(u);
                }
            }
            return chosen;
        }

        /// <summary>Nelder–Mead from <paramref name="origin"/>, restarted with halved steps while it improves, until <paramref name="stopAt"/> simulations.</summary>
        private void Descend(double[] origin, double tolerance, int stopAt)
        {
            var steps = Vector<double>.Build.DenseOfEnumerable(free.Select(p => p.Step));
            var function = ObjectiveFunction.Value(v => Evaluations >= stopAt ? throw new LegBudgetExhausted() : Evaluate(v.ToArray()));
            var from = (double[])origin.Clone();
            var fromValue = double.PositiveInfinity;
            for (var round = 0; round <= MaxRestarts; round++)
            {
                double[] reached;
                double reachedValue;
                try
                {
                    var result = NelderMeadSimplex.Minimum(function, Vector<double>.Build.DenseOfArray(from), steps, tolerance, budget);
                    reached = result.MinimizingPoint.ToArray();
                    reachedValue = result.FunctionInfoAtMinimum.Value;
                }
                catch (LegBudgetExhausted)
                {
                    return;
                }
                catch (MaximumIterationsException)
                {
                    return;
                }
                if (fromValue - reachedValue <= tolerance * Math.Max(1e-12, Math.Abs(fromValue)) && round > 0) return;
                from = reached;
                fromValue = reachedValue;
                steps *= 0.5;
            }
        }
    }

    private sealed class LegBudgetExhausted : Exception;

    private sealed class BudgetExhausted : Exception;
}
