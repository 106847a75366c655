using Rdsim.Model.Randomness;

namespace Rdsim.Calibration.Fitting;

/// <summary>
/// A Latin-hypercube sample of a box: <c>n</c> points such that, along every dimension, each of the <c>n</c> equal
/// slices of the range holds exactly one point (at a random place within it). It covers the box far more evenly than
/// <c>n</c> independent draws. Deterministic: the draws are keyed by <c>seed</c>.
/// </summary>
public static class LatinHypercube
{
    /// <summary>Mixed into the seed so that the sample's stream is not the stream of any firm's traits.</summary>
    private const ulong SamplerSalt = 0x4C48_5331_C0FF_EE00UL;

    /// <summary><paramref name="n"/> points in the box [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    public static IReadOnlyList<double[]> Sample(IReadOnlyList<double> lower, IReadOnlyList<double> upper, int n, ulong seed)
    {
        if (lower.Count != upper.Count) throw new ArgumentException("One lower and one upper bound per dimension are needed.");
        var points = Enumerable.Range(0, n).Select(_ => new double[lower.Count]).ToArray();
        for (var d = 0; d < lower.Count; d++)
        {
            var rng = new KeyedRandom(KeyedRandom.Mix(seed ^ SamplerSalt), d, n, RandomPurpose.Traits);
            var slices = Enumerable.Range(0, n).ToArray();
            for (var i = n - 1; i > 0; i--)
            {
                var j = (int)(rng.NextUInt64() % (ulong)(i + 1));
                (slices[i], slices[j]) = (slices[j], slices[i]);
            }
            for (var i = 0; i < n; i++)
            {
                var position = (slices[i] + rng.NextDouble()) / n;
                points[i][d] = lower[d] + position * (upper[d] - lower[d]);
            }
        }
        return points;
    }
}
