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

    /// <summary>The distance between <paramref name="simulated"/> means and positive <paramref name="targets"/>.</summary>
    public static double Value(IReadOnlyList<double> targets, IReadOnlyList<double> simulated)
    {
        if (targets.Count != simulated.Count) throw new ArgumentException("One simulated value per target is needed.");
        var sum = 0.0;
        for (var i = 0; i < targets.Count; i++) sum += Math.Pow(LogError(targets[i], simulated[i]), 2);
        return sum;
    }

    /// <summary>
    /// The distance between <paramref name="simulated"/> means and the <paramref name="targets"/> they are compared with: an
    /// upper bound adds only its excess, ln(simulated ÷ bound)² where the simulation is above it.
    /// </summary>
    public static double Value(IReadOnlyList<MappedTarget> targets, IReadOnlyList<double> simulated)
    {
        if (targets.Count != simulated.Count) throw new ArgumentException("One simulated value per target is needed.");
        var sum = 0.0;
        for (var i = 0; i < targets.Count; i++)
        {
            var error = LogError(targets[i].Target.Value, simulated[i]);
            if (targets[i].IsUpperBound) error = Math.Max(0, error);
            sum += error * error;
        }
        return sum;
    }

    /// <summary>ln(simulated ÷ target), with the simulated value floored at <see cref="Floor"/> × target.</summary>
    public static double LogError(double target, double simulated)
    {
        if (!(target > 0)) throw new ArgumentOutOfRangeException(nameof(target), "Targets must be positive.");
        var value = double.IsFinite(simulated) ? Math.Max(simulated, Floor * target) : Floor * target;
        return Math.Log(value / target);
    }
}
