using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rdsim.Model.Aggregation;

namespace Rdsim.Model.Tests.Aggregation;

public class ExactSumTests
{
    [Property(MaxTest = 300)]
    public Property Sum_does_not_depend_on_order_or_grouping()
    {
        var values = Gen.ArrayOf(Gen.Choose(-1_000_000, 1_000_000).Select(x => x * 1.37e-3 + x % 7 * 1e-9)).ToArbitrary();
        return Prop.ForAll(values, xs =>
        {
            var forward = xs.Aggregate(new ExactSum(), (s, x) => s.Add(x));
            var backward = xs.Reverse().Aggregate(new ExactSum(), (s, x) => s.Add(x));
            var half = xs.Length / 2;
            var grouped = xs.Take(half).Aggregate(new ExactSum(), (s, x) => s.Add(x)) + xs.Skip(half).Aggregate(new ExactSum(), (s, x) => s.Add(x));
            return forward == backward && forward == grouped;
        });
    }

    [Fact]
    public void Plain_double_sums_would_not_be_order_independent_but_exact_ones_are()
    {
        double[] xs = [1e16, 1, -1e16, 1];
        Assert.NotEqual(xs.Sum(), xs.Reverse().Sum());
        Assert.Equal(2.0, xs.Aggregate(new ExactSum(), (s, x) => s.Add(x)).Value);
    }

    [Fact]
    public void Non_finite_values_are_refused()
    {
        Assert.Throws<ArithmeticException>(() => ExactSum.Of(double.NaN));
        Assert.Throws<ArithmeticException>(() => ExactSum.Of(double.PositiveInfinity));
    }
}
