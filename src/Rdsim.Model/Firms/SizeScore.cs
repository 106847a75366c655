using Rdsim.Model.Randomness;

namespace Rdsim.Model.Firms;

/// <summary>
/// A firm's size score for the size copulas (docs/model.md §2): Φ⁻¹ of the rank of its revenue in its sector's
/// truncated log-normal size distribution, i.e. the normal score of the uniform its revenue was drawn from.
/// </summary>
public static class SizeScore
{
    /// <summary>Ranks this close to 0 or 1 are held there, so a firm at a truncation edge has a finite score.</summary>
    private const double EdgeRank = 1e-9;

    /// <summary>
    /// The size score of a firm of <paramref name="revenue"/> mn CNY in <paramref name="sector"/>'s first-year size
    /// distribution; 0 when the distribution has no dispersion (every firm at the median, or at the bound nearest a median far
    /// outside the truncation window).
    /// </summary>
    public static double Of(SectorProfile sector, double revenue)
    {
        if (sector.RevenueLogSd == 0 || !(revenue > 0)) return 0;
        var mu = Math.Log(sector.RevenueMedian);
        var lo = Normal.Cdf((Math.Log(sector.RevenueMin) - mu) / sector.RevenueLogSd);
        var hi = Normal.Cdf((Math.Log(sector.RevenueMax) - mu) / sector.RevenueLogSd);
        // A window with no mass in double precision put every firm at one bound (TraitSampler): no dispersion, as above.
        if (!(hi > lo)) return 0;
        var rank = (Normal.Cdf((Math.Log(revenue) - mu) / sector.RevenueLogSd) - lo) / (hi - lo);
        return Normal.InverseCdf(Math.Clamp(rank, EdgeRank, 1 - EdgeRank));
    }
}
