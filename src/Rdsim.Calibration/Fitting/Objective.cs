using Rdsim.Calibration.Metrics;

namespace Rdsim.Calibration.Fitting;

/// <summary>
/// The distance minimised by the calibration: the sum over targets of squared log errors,
/// Σ ln(simulated mean ÷ target)². Log errors are scale-free (a count of firms and a sum in mn CNY weigh
/// alike) and symmetric (×1.2 costs as much as ÷1.2). A simulated value of zero or less is floored at
/// 10⁻³ of its target, so the distance stays finite and still pushes away from zero.
/// </summary>
public static class Objective
{
    /// <summary>Smallest simulated value, as a share of its target, the log error is taken of.</summary>
    public const double Floor = 1e-3;

    /// <summary>
    /// The distance between <paramref name="simulated"/> means and positive <paramref name="targets"/>; where
    /// <paramref name="upperBounds"/> marks a target as an upper bound, only its excess counts, ln(simulated ÷ bound)² where
    /// the simulation is above it.
    /// </summary>
    public static double Value(IReadOnlyList<double> targets, IReadOnlyList<double> simulated, IReadOnlyList<bool>? upperBounds = null)
    {
        if (targets.Count != simulated.Count || (upperBounds is not null && upperBounds.Count != targets.Count))
            throw new ArgumentException("One simulated value per target is needed.");
        var sum = 0.0;
        for (var i = 0; i < targets.Count; i++)
        {
            var error = LogError(targets[i], simulated[i]);
            if (upperBounds?[i] == true) error = Math.Max(0, error);
            sum += error * error;
        }
        return sum;
    }

    /// <summary>The distance between <paramref name="simulated"/> means and the <paramref name="targets"/> they are compared with (upper bounds by their excess).</summary>
    public static double Value(IReadOnlyList<MappedTarget> targets, IReadOnlyList<double> simulated) =>
        Value(targets.Select(t => t.Target.Value).ToArray(), simulated, targets.Select(t => t.IsUpperBound).ToArray());

    /// <summary>ln(simulated ÷ target), with the simulated value floored at <see cref="Floor"/> × target.</summary>
    public static double LogError(double target, double simulated)
    {
        if (!(target > 0)) throw new ArgumentOutOfRangeException(nameof(target), "Targets must be positive.");
        var value = double.IsFinite(simulated) ? Math.Max(simulated, Floor * target) : Floor * target;
        return Math.Log(value / target);
    }
}
