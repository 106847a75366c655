namespace Rdsim.Model.Firms;

/// <summary>
/// The distribution of firm traits in one sector (docs/model.md §2), from the scenario's
/// <c>population.sectors.&lt;sector&gt;.*</c> keys. Also carries the sector's growth and patent parameters.
/// </summary>
public sealed record SectorProfile
{
    /// <summary>Share of the population in this sector (shares are normalised over sectors).</summary>
    public double Share { get; init; }

    /// <summary>Median first-year revenue (mn CNY) of the log-normal revenue distribution.</summary>
    public double RevenueMedian { get; init; } = 30;

    /// <summary>Standard deviation of log revenue.</summary>
    public double RevenueLogSd { get; init; } = 1.2;

    /// <summary>Lower truncation of first-year revenue (mn CNY).</summary>
    public double RevenueMin { get; init; } = 1;

    /// <summary>Upper truncation of first-year revenue (mn CNY).</summary>
    public double RevenueMax { get; init; } = 100_000;

    /// <summary>Mean operating margin before R&amp;D.</summary>
    public double MarginMean { get; init; } = 0.08;

    /// <summary>Standard deviation of the operating margin across firms.</summary>
    public double MarginSd { get; init; } = 0.05;

    /// <summary>Share of firms that perform any R&amp;D.</summary>
    public double RdPerformerShare { get; init; } = 0.4;

    /// <summary>Median latent R&amp;D intensity φ of performers (the intensity chosen under a neutral tax).</summary>
    public double IntensityMedian { get; init; } = 0.02;

    /// <summary>Standard deviation of log latent intensity.</summary>
    public double IntensityLogSd { get; init; } = 0.8;

    /// <summary>Median high-tech revenue share.</summary>
    public double HighTechShareMedian { get; init; } = 0.3;

    /// <summary>
    /// Dispersion of the high-tech revenue share across firms: the standard deviation of its probit (normal score).
    /// 1 gives the original spread; larger values split firms into mostly-high-tech and mostly-conventional ones.
    /// </summary>
    public double HighTechShareSpread { get; init; } = 1;

    /// <summary>The drawn high-tech revenue share of a firm whose normal score is <paramref name="z"/>: Φ(Φ⁻¹(median) + spread · z).</summary>
    public double HighTechShareAt(double z) => Randomness.Normal.Cdf(Randomness.Normal.InverseCdf(HighTechShareMedian) + HighTechShareSpread * z);

    /// <summary>
    /// Share of the sector's firms whose industry (their GB/T 4754 code) is in the high-tech industry classification of
    /// the statistics a scenario is compared with: the firms whose whole output counts as "high-tech industry output"
    /// (高新技术产业产值 / 高技术产业). The statistics classify a firm by its industry, not by its products, so this is a
    /// different measure from the high-tech product share the HNTE test uses; the firms classified are those with the
    /// highest drawn high-tech product share (<see cref="HighTechIndustry"/>).
    /// </summary>
    public double HighTechIndustryShare { get; init; }

    /// <summary>Median R&amp;D staff share of employees among performers.</summary>
    public double RdStaffShareMedian { get; init; } = 0.06;

    /// <summary>Probability that a performer owns core intellectual property.</summary>
    public double CoreIpProbability { get; init; } = 0.4;

    /// <summary>
    /// This sector's yearly chance that a firm doing no R&amp;D starts, as a multiple of <c>behaviour.rdStartRate</c>
    /// (docs/model.md §4 step 13): 1 in every sector unless the scenario tilts starts towards the sectors where R&amp;D is
    /// common (<see cref="RdStartHazards"/>).
    /// </summary>
    public double RdStartHazard { get; init; } = 1;

    /// <summary>Mean yearly log growth of revenue.</summary>
    public double GrowthDrift { get; init; } = 0.05;

    /// <summary>Standard deviation of yearly log revenue growth.</summary>
    public double GrowthSd { get; init; } = 0.10;

    /// <summary>Patent scale: expected patents = scale · K^elasticity.</summary>
    public double PatentScale { get; init; } = 0.5;

    /// <summary>Share of patents that are invention patents.</summary>
    public double InventionShare { get; init; } = 0.25;
}
