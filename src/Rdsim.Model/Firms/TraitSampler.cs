using Rdsim.Model.Randomness;

namespace Rdsim.Model.Firms;

/// <summary>
/// Draws a synthetic firm's traits from the sector profiles (docs/model.md §2). Each firm's traits depend
/// only on the seed and its id, never on how many firms there are or in which order they are drawn.
/// Latent intensity, high-tech share, R&amp;D staff share and core IP are tied by a Gaussian copula.
/// </summary>
public sealed class TraitSampler
{
    private readonly IReadOnlyList<SectorProfile> _profiles;
    private readonly TraitCorrelations _correlations;
    private readonly SectorDraw _sectors;
    private readonly SectorDraw _technologySectors;

    /// <summary>A sampler over the given sector profiles (indexed by sector id).</summary>
    public TraitSampler(IReadOnlyList<SectorProfile> profiles, TraitCorrelations correlations)
    {
        if (profiles.Count != Sectors.Count) throw new ArgumentException($"Expected {Sectors.Count} sector profiles.", nameof(profiles));
        if (!(profiles.Sum(p => p.Share) > 0)) throw new ArgumentException("At least one sector needs a positive share.", nameof(profiles));
        _profiles = profiles;
        _correlations = correlations;
        _sectors = new SectorDraw([.. profiles.Select(p => p.Share)]);
        // Technology entrants lean where firms start R&D (RdStartHazards): share × performer share^tilt. Hazards that are all 0
        // (only profiles built by hand have them) leave them spread as all firms are.
        double[] technology = [.. profiles.Select(p => p.Share * p.RdStartHazard)];
        _technologySectors = technology.Sum() > 0 ? new SectorDraw(technology) : _sectors;
    }

    /// <summary>Draws the sector of firm <paramref name="firmId"/>.</summary>
    public int DrawSector(ulong seed, int firmId)
    {
        var rng = new KeyedRandom(seed, firmId, 0, RandomPurpose.Traits);
        return _sectors.At(rng.NextDouble());
    }

    /// <summary>Draws every trait of firm <paramref name="firmId"/>, its sector included.</summary>
    public FirmTraits Draw(ulong seed, int firmId) => Draw(seed, firmId, null);

    /// <summary>
    /// Draws the traits of firm <paramref name="firmId"/>; a given <paramref name="sectorId"/> replaces the
    /// sector draw (for imported firms whose sector is known). Other draws are unaffected by it.
    /// </summary>
    public FirmTraits Draw(ulong seed, int firmId, int? sectorId)
    {
        var rng = new KeyedRandom(seed, firmId, 0, RandomPurpose.Traits);
        var drawnSector = _sectors.At(rng.NextDouble());
        var sector = sectorId ?? drawnSector;
        var p = _profiles[sector];

        var revenueRank = rng.NextOpenDouble();
        var margin = p.MarginMean + p.MarginSd * rng.NextNormal();
        // The size score, once, for the size copulas (not computed without them).
        var zSize = _correlations.SizeRdPerformer != 0 || _correlations.SizeIntensity != 0 ? Normal.InverseCdf(revenueRank) : 0;
        var performs = Performs(p.RdPerformerShare, zSize, _correlations.SizeRdPerformer, rng.NextDouble());
        return WithRdTraits(ref rng, firmId, sector, revenueRank, margin, zSize, performs, intensityScale: 1);
    }

    /// <summary>
    /// Draws a young technology firm (docs/model.md §2, "Firm turnover"): an entrant founded to do R&amp;D. Its sector leans
    /// where firms start R&amp;D (<see cref="SectorProfile.RdStartHazard"/>: the population share × the performer share to
    /// <c>behaviour.rdStartSectorTilt</c>); its revenue and margin are drawn as for any firm of that sector, so it is neither
    /// made profitable nor loss-making, nor large as the size copula makes drawn performers; it performs R&amp;D, with a
    /// latent intensity of <paramref name="intensityScale"/> × the sector's performer median (tied to its size by
    /// <see cref="TraitCorrelations.SizeIntensity"/>) and the high-tech share, R&amp;D staff and core IP that the copula ties
    /// to it. Its own stream, so no other firm's draws move.
    /// </summary>
    public FirmTraits DrawTechnologyFirm(ulong seed, int firmId, double intensityScale)
    {
        var rng = new KeyedRandom(seed, firmId, 0, RandomPurpose.TechnologyEntrant);
        var sector = _technologySectors.At(rng.NextDouble());
        var p = _profiles[sector];
        var revenueRank = rng.NextOpenDouble();
        var margin = p.MarginMean + p.MarginSd * rng.NextNormal();
        var zSize = _correlations.SizeIntensity != 0 ? Normal.InverseCdf(revenueRank) : 0;
        return WithRdTraits(ref rng, firmId, sector, revenueRank, margin, zSize, performs: true, intensityScale);
    }

    /// <summary>
    /// The firm with its revenue and, from the rest of <paramref name="rng"/>, the copula of latent intensity, high-tech share,
    /// R&amp;D staff and core IP (docs/model.md §2); a non-performer has no intensity, staff or IP.
    /// </summary>
    private FirmTraits WithRdTraits(ref KeyedRandom rng, int firmId, int sector, double revenueRank, double margin, double zSize,
        bool performs, double intensityScale)
    {
        var p = _profiles[sector];
        var revenue = TruncatedLogNormal(p.RevenueMedian, p.RevenueLogSd, p.RevenueMin, p.RevenueMax, revenueRank);
        // With no size correlation the intensity score is the firm's own draw, bit for bit (0·z + 1·e = e).
        var zIntensity = _correlations.SizeIntensity == 0
            ? rng.NextNormal()
            : Correlated(zSize, _correlations.SizeIntensity, rng.NextNormal());
        var zHighTech = Correlated(zIntensity, _correlations.IntensityHighTech, rng.NextNormal());
        var zStaff = Correlated(zIntensity, _correlations.IntensityRdStaff, rng.NextNormal());
        var zIp = Correlated(zIntensity, _correlations.IntensityCoreIp, rng.NextNormal());

        var intensity = performs ? Math.Min(0.5, intensityScale * p.IntensityMedian * Math.Exp(p.IntensityLogSd * zIntensity)) : 0;
        var highTech = p.HighTechShareAt(zHighTech);
        var staff = performs ? Normal.Cdf(Normal.InverseCdf(p.RdStaffShareMedian) + 0.7 * zStaff) : 0;
        var coreIp = performs && zIp > Normal.InverseCdf(1 - p.CoreIpProbability);

        return new FirmTraits(firmId, sector, revenue, margin, intensity, highTech, staff, coreIp,
            InHighTechIndustry: HighTechIndustry.Classifies(p, highTech));
    }

    /// <summary>
    /// Whether a firm of sector <paramref name="sectorId"/> with high-tech product share <paramref name="highTechShare"/> is
    /// in a high-tech industry (<see cref="HighTechIndustry.Classifies"/>): for imported firms whose share is given.
    /// </summary>
    public bool InHighTechIndustry(int sectorId, double highTechShare) => HighTechIndustry.Classifies(_profiles[sectorId], highTechShare);

    private static double Correlated(double common, double rho, double own) => rho * common + Math.Sqrt(1 - rho * rho) * own;

    /// <summary>
    /// Whether a firm does R&amp;D: its own uniform draw <paramref name="u"/> under the sector's share, or, with a size
    /// correlation, a Gaussian copula of that draw with the firm's size score <paramref name="zSize"/> (Φ⁻¹ of the uniform
    /// its revenue was drawn from, its rank in its sector's size distribution), with the threshold that keeps the
    /// sector's share: P(perform) = <paramref name="share"/> whatever the correlation.
    /// </summary>
    private static bool Performs(double share, double zSize, double sizeCorrelation, double u)
    {
        // Without a correlation the plain comparison: the same firms as before the copula existed, bit for bit.
        if (sizeCorrelation == 0) return u < share;
        if (share <= 0) return false;
        if (share >= 1) return true;
        var zOwn = Normal.InverseCdf(Math.Clamp(u, double.Epsilon, 1 - 1e-16));
        return Correlated(zSize, sizeCorrelation, zOwn) > Normal.InverseCdf(1 - share);
    }

    /// <summary>Inverse-CDF draw from a log-normal truncated to [min, max]: no mass piles up at the edges.</summary>
    private static double TruncatedLogNormal(double median, double logSd, double min, double max, double u)
    {
        if (logSd == 0) return Math.Clamp(median, min, max);   // no dispersion: every firm at the median
        var mu = Math.Log(median);
        var lo = Normal.Cdf((Math.Log(min) - mu) / logSd);
        var hi = Normal.Cdf((Math.Log(max) - mu) / logSd);
        // A window with no mass in double precision (a median far outside [min, max]): every firm at the bound nearest the
        // median, not the inverse CDF of 0 or 1, which is no number (a fuzzed median of 1e-320 against a minimum of 20 mn CNY).
        if (!(hi > lo)) return Math.Clamp(median, min, max);
        var z = Normal.InverseCdf(lo + u * (hi - lo));
        return Math.Clamp(Math.Exp(mu + logSd * z), min, max);
    }
}
