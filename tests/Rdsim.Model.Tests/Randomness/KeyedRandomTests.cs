using Rdsim.Model.Randomness;

namespace Rdsim.Model.Tests.Randomness;

public class KeyedRandomTests
{
    [Fact]
    public void Same_key_gives_the_same_stream()
    {
        var a = new KeyedRandom(42, 7, 2020, RandomPurpose.Revenue);
        var b = new KeyedRandom(42, 7, 2020, RandomPurpose.Revenue);
        for (var i = 0; i < 100; i++) Assert.Equal(a.NextUInt64(), b.NextUInt64());
    }

    [Theory]
    [InlineData(43, 7, 2020, RandomPurpose.Revenue)]
    [InlineData(42, 8, 2020, RandomPurpose.Revenue)]
    [InlineData(42, 7, 2021, RandomPurpose.Revenue)]
    [InlineData(42, 7, 2020, RandomPurpose.Margin)]
    public void Any_other_key_gives_another_stream(ulong seed, long firm, int year, RandomPurpose purpose)
    {
        var reference = new KeyedRandom(42, 7, 2020, RandomPurpose.Revenue).NextUInt64();
        Assert.NotEqual(reference, new KeyedRandom(seed, firm, year, purpose).NextUInt64());
    }

    [Fact]
    public void Replicate_seeds_differ_from_each_other_and_from_the_run_seed()
    {
        var seeds = Enumerable.Range(0, 100).Select(r => KeyedRandom.ReplicateSeed(42, r)).Append(42UL).ToHashSet();
        Assert.Equal(101, seeds.Count);
    }

    [Fact]
    public void Normal_draws_have_mean_zero_and_unit_variance()
    {
        var draws = Enumerable.Range(0, 100_000).Select(i => new KeyedRandom(1, i, 2020, RandomPurpose.Revenue).NextNormal()).ToArray();
        Assert.InRange(draws.Average(), -0.02, 0.02);
        Assert.InRange(draws.Select(x => x * x).Average(), 0.98, 1.02);
    }

    [Theory]
    [InlineData(0.7)]
    [InlineData(12)]
    [InlineData(250)]
    public void Poisson_draws_have_the_right_mean_and_variance(double mean)
    {
        var draws = Enumerable.Range(0, 50_000).Select(i => (double)new KeyedRandom(3, i, 2020, RandomPurpose.Patents).NextPoisson(mean)).ToArray();
        var m = draws.Average();
        var v = draws.Select(x => (x - m) * (x - m)).Average();
        Assert.InRange(m, mean * 0.97 - 0.02, mean * 1.03 + 0.02);
        Assert.InRange(v, mean * 0.93 - 0.03, mean * 1.07 + 0.03);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.975)]
    [InlineData(0.001)]
    public void Inverse_normal_inverts_the_cdf(double p)
    {
        Assert.Equal(p, Normal.Cdf(Normal.InverseCdf(p)), 6);
    }
}
