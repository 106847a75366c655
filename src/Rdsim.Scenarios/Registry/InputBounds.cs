namespace Rdsim.Scenarios.Registry;

/// <summary>
/// Finite upper bounds on the size of one firm, for the population CSV columns and the sector parameters that
/// set the same quantities. They keep every aggregate far inside the range of an exact sum (±1.5e26 mn CNY):
/// 100 million firms at the largest revenue and intensity come to 1e17 mn CNY of R&amp;D, a billion times below
/// it, which leaves room for growth over a run; what growth makes of them is checked as it is summed.
/// </summary>
public static class InputBounds
{
    /// <summary>
    /// Largest revenue of one firm, mn CNY: 1e8 (100 trillion CNY, about three quarters of China's 2024 GDP and
    /// some 30 times the revenue of the largest Chinese firm).
    /// </summary>
    public const double MaxRevenue = 1e8;

    /// <summary>Largest latent R&amp;D intensity of one firm: R&amp;D ten times its revenue (young research firms exceed 1).</summary>
    public const double MaxLatentIntensity = 10;

    /// <summary>Lowest operating margin of one firm: a loss ten times its revenue.</summary>
    public const double MinMargin = -10;

    /// <summary>
    /// Most enterprises one firm may stand for (a population file's <c>weight</c>, <c>population.weight</c>): ten million,
    /// more than China's CIT-filing enterprises. Weighted sums stay exact and checked.
    /// </summary>
    public const int MaxWeight = 10_000_000;
}
