namespace Rdsim.Model.Randomness;

/// <summary>
/// A small random generator keyed by (seed, firm, year, purpose): SplitMix64 (Steele, Lea &amp; Flood 2014)
/// started from a hash of the key. Draws never depend on scheduling, placement or the number of
/// firms, and two scenarios run with the same seed see the same shocks (common random numbers).
/// Never seed from <c>string.GetHashCode</c> or <c>HashCode.Combine</c>: they are randomised per process.
/// </summary>
public struct KeyedRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    /// <summary>A stream for one firm, year and purpose.</summary>
    public KeyedRandom(ulong seed, long firmId, int year, RandomPurpose purpose)
    {
        var h = Mix(seed + Golden);
        h = Mix(h ^ ((ulong)firmId + Golden));
        h = Mix(h ^ unchecked((ulong)(uint)year + 2 * Golden));
        _state = Mix(h ^ unchecked((ulong)purpose + 3 * Golden));
    }

    /// <summary>
    /// The seed of replicate <paramref name="replicate"/> of a run with seed <paramref name="seed"/>: 53 bits, below 2^53 like
    /// the run seed, so that JSON keeps every digit (years.csv and the manifest record it; a spreadsheet keeps only 15
    /// significant digits, so results.xlsx holds seeds as text).
    /// </summary>
    public static ulong ReplicateSeed(ulong seed, int replicate) => Mix(seed ^ Mix((ulong)replicate + 0x632BE59BD9B4E019UL)) >> 11;

    /// <summary>SplitMix64's finaliser: a bijective 64-bit mix.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state += Golden;
        return Mix(_state);
    }

    /// <summary>A uniform draw in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform draw in (0, 1): never exactly 0, so its logarithm and inverse normal are finite.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>A standard normal draw (inverse CDF of one uniform: one draw, one value).</summary>
    public double NextNormal() => Normal.InverseCdf(NextOpenDouble());

    /// <summary>
    /// A Poisson draw: multiplication of uniforms below a mean of 30, the PTRS transformed rejection of
    /// Hörmann (1993) above it. Deterministic for a given stream.
    /// </summary>
    public int NextPoisson(double mean)
    {
        if (!(mean > 0)) return 0;
        if (mean < 30)
        {
            var limit = Math.Exp(-mean);
            var k = 0;
            var product = NextOpenDouble();
            while (product > limit)
            {
                k++;
                product *= NextOpenDouble();
            }
            return k;
        }
        return PoissonPtrs(mean);
    }

    private int PoissonPtrs(double mean)
    {
        var slam = Math.Sqrt(mean);
        var logLam = Math.Log(mean);
        var b = 0.931 + 2.53 * slam;
        var a = -0.059 + 0.02483 * b;
        var invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        var vr = 0.9277 - 3.6224 / (b - 2);
        while (true)
        {
            var u = NextDouble() - 0.5;
            var v = NextOpenDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) return (int)k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            var lhs = Math.Log(v * invAlpha / (a / (us * us) + b));
            var rhs = -mean + k * logLam - LogFactorial(k);
            if (lhs <= rhs) return (int)k;
        }
    }

    private static double LogFactorial(double k)
    {
        if (k < 10)
        {
            var f = 1.0;
            for (var i = 2; i <= (int)k; i++) f *= i;
            return Math.Log(f);
        }
        // Stirling's series, accurate to 1e-10 for k >= 10.
        return (k + 0.5) * Math.Log(k) - k + 0.5 * Math.Log(2 * Math.PI) + 1 / (12 * k) - 1 / (360 * k * k * k);
    }
}
