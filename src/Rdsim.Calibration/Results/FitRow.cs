using Rdsim.Calibration.Metrics;

namespace Rdsim.Calibration.Results;

/// <summary>A target against its simulation: the mean and 5–95% band across replicates.</summary>
/// <param name="Mapped">The target and the metric it is compared with.</param>
/// <param name="Mean">Mean across replicates.</param>
/// <param name="P5">5th percentile across replicates.</param>
/// <param name="P95">95th percentile across replicates.</param>
public sealed record FitRow(MappedTarget Mapped, double Mean, double P5, double P95)
{
    /// <summary>The published value.</summary>
    public double Target => Mapped.Target.Value;

    /// <summary>Mean ÷ target − 1.</summary>
    public double RelativeError => Mean / Target - 1;

    /// <summary>
    /// The error the fit is judged by: <see cref="RelativeError"/> for a target the metric should meet, and for an upper
    /// bound only the excess over it (0 at or below the bound).
    /// </summary>
    public double Miss => Mapped.IsUpperBound ? Math.Max(0, RelativeError) : RelativeError;

    /// <summary>Whether the mean is within ±<paramref name="tolerance"/> (relative) of the target, or of an upper bound at most that far above it.</summary>
    public bool Within(double tolerance) => Math.Abs(Miss) <= tolerance;
}
