using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;

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
        Assert.Throws<ExactSumOverflowException>(() => ExactSum.Of(double.NaN));
        Assert.Throws<ExactSumOverflowException>(() => ExactSum.Of(double.PositiveInfinity));
    }

    [Theory]
    [InlineData(1e30)]
    [InlineData(1e200)]
    [InlineData(-1e300)]
    [InlineData(1.6e26)]
    public void A_value_beyond_the_range_is_refused_not_saturated(double value)
    {
        // Before: (Int128)double saturated, and a sum of saturated values wrapped to a tiny wrong number (−9.09e-11).
        var e = Assert.Throws<ExactSumOverflowException>(() => ExactSum.Of(value));
        Assert.Contains("1.55E+26", e.Message);
    }

    [Fact]
    public void A_sum_that_would_wrap_around_is_refused()
    {
        var big = ExactSum.Of(1.5e26);
        Assert.Equal(1.5e26, big.Value, 1e12);
        Assert.Throws<ExactSumOverflowException>(() => big + big);
        Assert.Throws<ExactSumOverflowException>(() => -big + -big);
        Assert.Equal(0.0, (big + -big).Value);
    }

    [Fact]
    public void An_aggregate_names_the_metric_that_overflowed_in_adding_and_in_merging()
    {
        var outcome = new FirmYearOutcome { Revenue = 1e26, IsPerformer = false };
        var a = new YearAggregate();
        a.Add(outcome, 1);
        var e = Assert.Throws<ExactSumOverflowException>(() => a.Add(outcome, 1));
        Assert.StartsWith("Revenue:", e.Message);
        var b = new YearAggregate();
        b.Add(outcome, 1);
        var merged = new YearAggregate();
        merged.Merge(b);
        Assert.StartsWith("Revenue:", Assert.Throws<ExactSumOverflowException>(() => merged.Merge(b)).Message);
    }

    [Property(MaxTest = 200)]
    public Property Checking_for_overflow_changes_no_sum_inside_the_range()
    {
        var values = Gen.ArrayOf(Gen.Choose(-1_000_000, 1_000_000).Select(x => x * 7.3e12)).ToArbitrary();
        return Prop.ForAll(values, xs =>
        {
            var raw = xs.Aggregate(Int128.Zero, (s, x) => s + (Int128)Math.Round(x * 1099511627776.0));
            return xs.Aggregate(new ExactSum(), (s, x) => s.Add(x)).Raw == raw;
        });
    }
}
