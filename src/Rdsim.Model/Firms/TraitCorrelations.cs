namespace Rdsim.Model.Firms;

/// <summary>
/// Correlations of the Gaussian copula that ties a firm's latent R&amp;D intensity to its other HNTE
/// criteria, and its size to doing R&amp;D (<c>population.copula.*</c>). With independent draws certified firms would carry a small
/// share of R&amp;D, unlike China, where HNTEs account for most business R&amp;D.
/// </summary>
public sealed record TraitCorrelations
{
    /// <summary>Correlation of latent intensity with the high-tech revenue share.</summary>
    public double IntensityHighTech { get; init; } = 0.6;

    /// <summary>Correlation of latent intensity with the R&amp;D staff share.</summary>
    public double IntensityRdStaff { get; init; } = 0.7;

    /// <summary>Correlation of latent intensity with owning core IP.</summary>
    public double IntensityCoreIp { get; init; } = 0.5;

    /// <summary>
    /// Correlation of the firm's size (its drawn first-year revenue) with doing R&amp;D at all: above 0, larger firms are
    /// likelier performers at the same sector share, as in every enterprise survey (China 2008: 24.9% of large and
    /// medium industrial enterprises had R&amp;D activity against 6.5% of all above-scale ones). 0 (the default) draws
    /// performing independently of size.
    /// </summary>
    public double SizeRdPerformer { get; init; }

    /// <summary>
    /// Correlation of a performer's size (its rank in its sector's revenue distribution) with its latent R&amp;D intensity:
    /// below 0, small performers are the R&amp;D-intensive ones (technology SMEs), as among China's HNTEs, most of them
    /// small. 0 (the default) draws intensity independently of size.
    /// </summary>
    public double SizeIntensity { get; init; }
}
