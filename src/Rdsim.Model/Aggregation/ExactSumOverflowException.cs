namespace Rdsim.Model.Aggregation;

/// <summary>
/// A value, or a sum of values, beyond what an <see cref="ExactSum"/> holds (±<see cref="ExactSum.MaxMagnitude"/>), or
/// not a finite number at all. Thrown instead of wrapping around, so a run never finishes with a wrong total: the
/// inputs' documented bounds keep every firm far inside the range, and what growth makes of them over a run is
/// checked here, as it is summed.
/// </summary>
public sealed class ExactSumOverflowException : ArithmeticException
{
    /// <summary>An overflow described by <paramref name="message"/>.</summary>
    public ExactSumOverflowException(string message) : base(message)
    {
    }
}
