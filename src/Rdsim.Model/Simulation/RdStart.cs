using Rdsim.Model.Firms;
using Rdsim.Model.Randomness;

namespace Rdsim.Model.Simulation;

/// <summary>
/// A firm that does no R&amp;D starting it (docs/model.md §4 step 13, <see cref="Policy.YearPolicy.RdStartRate"/>):
/// with the yearly probability (the rate × its sector's <see cref="SectorProfile.RdStartHazard"/>, at most 1) it draws, from one keyed stream, a latent intensity, an R&amp;D staff share and core IP as
/// its sector's performers are drawn (the intensity tied to the firm's size, and the staff share and core IP to intensity, by
/// the same copulas; the intensity's median scaled by <see cref="Policy.YearPolicy.RdStartIntensityScale"/>), and does R&amp;D
/// from the next year. The draws do not depend on policy, so the same firms start in both worlds.
/// </summary>
internal static class RdStart
{
    /// <summary>Largest latent intensity (as for drawn traits).</summary>
    private const double MaxLatentIntensity = 0.5;

    /// <summary>
    /// Starts R&amp;D in <paramref name="state"/> from the year after <paramref name="year"/> with probability <paramref name="rate"/>
    /// × the sector's start hazard, at <paramref name="intensityScale"/> × the sector's median latent intensity. A starter's
    /// intensity score is tied to its size score (<see cref="SizeScore"/> of its drawn revenue) by
    /// <see cref="TraitCorrelations.SizeIntensity"/>, as drawn performers' are, so that the correlation the scenario states holds
    /// among all performers, not only those drawn at the start.
    /// </summary>
    public static void Maybe(ref FirmState state, ulong seed, in FirmTraits firm, int year, double rate, double intensityScale, SectorProfile sector,
        TraitCorrelations correlations)
    {
        var rng = new KeyedRandom(seed, firm.Id, year, RandomPurpose.RdStart);
        if (rng.NextDouble() >= rate * sector.RdStartHazard) return;
        // Without a size correlation the starter's own draw, bit for bit (as in TraitSampler).
        var zIntensity = correlations.SizeIntensity == 0
            ? rng.NextNormal()
            : Correlated(SizeScore.Of(sector, firm.Revenue0), correlations.SizeIntensity, rng.NextNormal());
        var zStaff = Correlated(zIntensity, correlations.IntensityRdStaff, rng.NextNormal());
        var zIp = Correlated(zIntensity, correlations.IntensityCoreIp, rng.NextNormal());
        state.LatentIntensity = Math.Min(MaxLatentIntensity, intensityScale * sector.IntensityMedian * Math.Exp(sector.IntensityLogSd * zIntensity));
        state.RdStaffShare = Normal.Cdf(Normal.InverseCdf(sector.RdStaffShareMedian) + 0.7 * zStaff);
        state.HasCoreIp |= zIp > Normal.InverseCdf(1 - sector.CoreIpProbability);
    }

    private static double Correlated(double common, double rho, double own) => rho * common + Math.Sqrt(1 - rho * rho) * own;
}
