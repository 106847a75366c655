namespace Rdsim.Model.Firms;

/// <summary>
/// Correlations of the Gaussian copula that ties a firm's latent R&amp;D intensity to its other HNTE
/// criteria (<c>population.copula.*</c>). With independent draws certified firms would carry a small
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
}
