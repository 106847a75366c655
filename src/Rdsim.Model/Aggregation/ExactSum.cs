using System.Numerics;

namespace Rdsim.Model.Aggregation;

/// <summary>
/// An order-independent sum of doubles: each value is rounded once to a multiple of 2⁻⁴⁰ (about 1e-12,
/// i.e. a millionth of a yuan for money in mn CNY) and added as a 128-bit integer. Integer addition is
/// associative, so shards, silos and threads may add in any order and any grouping and still get
/// bit-identical totals. Range: ±1.5e26, far beyond any economy.
/// </summary>
public readonly record struct ExactSum : IAdditionOperators<ExactSum, ExactSum, ExactSum>
{
    private const double Scale = 1099511627776.0; // 2^40

    /// <summary>The underlying fixed-point integer (value × 2⁴⁰).</summary>
    public Int128 Raw { get; init; }

    /// <summary>A sum holding one value.</summary>
    public static ExactSum Of(double value)
    {
        if (!double.IsFinite(value)) throw new ArithmeticException($"A non-finite value ({value}) reached an aggregate.");
        return new ExactSum { Raw = (Int128)Math.Round(value * Scale) };
    }

    /// <summary>Adds two sums exactly.</summary>
    public static ExactSum operator +(ExactSum left, ExactSum right) => new() { Raw = left.Raw + right.Raw };

    /// <summary>Adds a value to the sum.</summary>
    public ExactSum Add(double value) => this + Of(value);

    /// <summary>The sum as a double (rounded once, at the end).</summary>
    public double Value => (double)Raw / Scale;
}
