using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace Rdsim.Model.Aggregation;

/// <summary>
/// An order-independent sum of doubles: each value is rounded once to a multiple of 2⁻⁴⁰ (about 1e-12,
/// i.e. a millionth of a yuan for money in mn CNY) and added as a 128-bit integer. Integer addition is
/// associative, so shards, silos and threads may add in any order and any grouping and still get
/// bit-identical totals. Range: ±<see cref="MaxMagnitude"/> (1.5e26), far beyond any economy; a value or a sum
/// beyond it throws <see cref="ExactSumOverflowException"/> rather than wrap around (checked arithmetic changes no
/// result inside the range).
/// </summary>
public readonly record struct ExactSum : IAdditionOperators<ExactSum, ExactSum, ExactSum>, IUnaryNegationOperators<ExactSum, ExactSum>
{
    private const double Scale = 1099511627776.0; // 2^40

    /// <summary>The largest magnitude a sum holds: (2¹²⁷ − 1) × 2⁻⁴⁰ ≈ 1.547e26 (mn CNY for money).</summary>
    public static readonly double MaxMagnitude = (double)Int128.MaxValue / Scale;

    /// <summary>The underlying fixed-point integer (value × 2⁴⁰).</summary>
    public Int128 Raw { get; init; }

    /// <summary>A sum holding one value.</summary>
    public static ExactSum Of(double value)
    {
        if (!double.IsFinite(value)) throw new ExactSumOverflowException(string.Create(CultureInfo.InvariantCulture, $"A non-finite value ({value}) reached an aggregate."));
        // The unchecked conversion saturates at Int128.MaxValue, and sums of saturated values wrap: refuse instead.
        if (Math.Abs(value) >= MaxMagnitude) throw new ExactSumOverflowException(string.Create(CultureInfo.InvariantCulture, $"The value {value:G4} is beyond the ±{MaxMagnitude:G3} an exact sum holds."));
        return new ExactSum { Raw = (Int128)Math.Round(value * Scale) };
    }

    /// <summary>Adds two sums exactly.</summary>
    /// <exception cref="ExactSumOverflowException">When the total is beyond ±<see cref="MaxMagnitude"/>.</exception>
    public static ExactSum operator +(ExactSum left, ExactSum right) => new() { Raw = Add(left.Raw, right.Raw) };

    /// <summary>Adds two raw fixed-point sums, refusing a total that does not fit.</summary>
    /// <exception cref="ExactSumOverflowException">When the total is beyond ±<see cref="MaxMagnitude"/>.</exception>
    public static Int128 Add(Int128 left, Int128 right)
    {
        // The overflow test of checked arithmetic without its exception handler, so that the add is inlined into the aggregation
        // loop (every firm-year adds some fifty sums): a sum overflows when both terms have one sign and the sum the other.
        var sum = unchecked(left + right);
        if (((left ^ sum) & (right ^ sum)) < Int128.Zero) ThrowSumOverflow();
        return sum;
    }

    [DoesNotReturn]
    private static void ThrowSumOverflow() =>
        throw new ExactSumOverflowException(string.Create(CultureInfo.InvariantCulture, $"A sum went beyond the ±{MaxMagnitude:G3} an exact sum holds."));

    /// <summary>A raw fixed-point value times a whole number (a firm's weight), exactly, refusing a product that does not fit.</summary>
    /// <exception cref="ExactSumOverflowException">When the product is beyond ±<see cref="MaxMagnitude"/>.</exception>
    public static Int128 Times(Int128 raw, long factor)
    {
        try
        {
            return checked(raw * factor);
        }
        catch (OverflowException)
        {
            throw new ExactSumOverflowException(string.Create(CultureInfo.InvariantCulture, $"A weighted value went beyond the ±{MaxMagnitude:G3} an exact sum holds."));
        }
    }

    /// <summary>The sum with its sign changed.</summary>
    /// <exception cref="ExactSumOverflowException">For the one raw value without a positive counterpart (−2¹²⁷).</exception>
    public static ExactSum operator -(ExactSum value) =>
        value.Raw == Int128.MinValue ? throw new ExactSumOverflowException("A sum went beyond the range an exact sum holds.") : new() { Raw = -value.Raw };

    /// <summary>Adds a value to the sum.</summary>
    public ExactSum Add(double value) => this + Of(value);

    /// <summary>The sum as a double (rounded once, at the end).</summary>
    public double Value => (double)Raw / Scale;
}
