using System.Globalization;

namespace Rdsim.Scenarios.Registry;

/// <summary>An interval of allowed numbers; either end may be open or infinite.</summary>
/// <param name="Min">Lower bound.</param>
/// <param name="Max">Upper bound (may be <see cref="double.PositiveInfinity"/>).</param>
/// <param name="MinExclusive">Whether <paramref name="Min"/> itself is excluded.</param>
/// <param name="MaxExclusive">Whether <paramref name="Max"/> itself is excluded.</param>
public sealed record ValueRange(double Min, double Max, bool MinExclusive = false, bool MaxExclusive = false)
{
    /// <summary>[min, max].</summary>
    public static ValueRange Closed(double min, double max) => new(min, max);

    /// <summary>(min, max).</summary>
    public static ValueRange Open(double min, double max) => new(min, max, true, true);

    /// <summary>(min, ∞).</summary>
    public static ValueRange Above(double min) => new(min, double.PositiveInfinity, MinExclusive: true);

    /// <summary>[min, max).</summary>
    public static ValueRange UpToBelow(double min, double max) => new(min, max, MaxExclusive: true);

    /// <summary>(min, max].</summary>
    public static ValueRange AboveUpTo(double min, double max) => new(min, max, MinExclusive: true);

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    public bool Contains(double value) =>
        (MinExclusive ? value > Min : value >= Min) && (MaxExclusive ? value < Max : value <= Max);

    /// <summary>Interval notation, e.g. <c>[0, 1]</c> or <c>(0, ∞)</c>.</summary>
    public override string ToString()
    {
        var open = MinExclusive || double.IsInfinity(Min) ? "(" : "[";
        var close = MaxExclusive || double.IsInfinity(Max) ? ")" : "]";
        return $"{open}{Format(Min)}, {Format(Max)}{close}";
    }

    private static string Format(double bound) => bound switch
    {
        double.PositiveInfinity => "∞",
        double.NegativeInfinity => "-∞",
        _ => bound.ToString("R", CultureInfo.InvariantCulture),
    };
}
