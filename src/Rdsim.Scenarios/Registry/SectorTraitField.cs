using Rdsim.Model.Firms;

namespace Rdsim.Scenarios.Registry;

/// <summary>
/// One property of <see cref="SectorProfile"/> as a scenario key (<c>population.sectors.&lt;sector&gt;.&lt;Key&gt;</c>),
/// with its unit, ranges and description. <see cref="All"/> lists every property of the profile.
/// </summary>
/// <param name="Key">The camelCase key.</param>
/// <param name="Get">Reads the property.</param>
/// <param name="Set">Returns the profile with the property set.</param>
/// <param name="Unit">Unit of measurement.</param>
/// <param name="Valid">Valid range (error outside).</param>
/// <param name="Advisory">Advisory range (warning outside).</param>
/// <param name="Description">What the property is, without the sector.</param>
internal sealed record SectorTraitField(
    string Key,
    Func<SectorProfile, double> Get,
    Func<SectorProfile, double, SectorProfile> Set,
    string Unit,
    ValueRange Valid,
    ValueRange? Advisory,
    string Description)
{
    /// <summary>Every property of <see cref="SectorProfile"/>, in declaration order.</summary>
    public static IReadOnlyList<SectorTraitField> All { get; } =
    [
        new("share", p => p.Share, (p, v) => p with { Share = v }, "share of firms", ValueRange.Closed(0, 1), null,
            "Share of the population in this sector (shares are normalised over sectors)"),
        new("revenueMedian", p => p.RevenueMedian, (p, v) => p with { RevenueMedian = v }, "mn CNY", ValueRange.AboveUpTo(0, 1e7), ValueRange.Closed(1, 10_000),
            "Median first-year revenue of the log-normal revenue distribution"),
        new("revenueLogSd", p => p.RevenueLogSd, (p, v) => p with { RevenueLogSd = v }, "log points", ValueRange.Closed(0, 5), ValueRange.Closed(0.5, 2.5),
            "Standard deviation of log first-year revenue"),
        new("revenueMin", p => p.RevenueMin, (p, v) => p with { RevenueMin = v }, "mn CNY", ValueRange.AboveUpTo(0, InputBounds.MaxRevenue), null,
            "Lower truncation of first-year revenue"),
        new("revenueMax", p => p.RevenueMax, (p, v) => p with { RevenueMax = v }, "mn CNY", ValueRange.AboveUpTo(0, InputBounds.MaxRevenue), null,
            "Upper truncation of first-year revenue"),
        new("marginMean", p => p.MarginMean, (p, v) => p with { MarginMean = v }, "share of revenue", ValueRange.Closed(-1, 1), ValueRange.Closed(-0.1, 0.3),
            "Mean operating margin before R&D"),
        new("marginSd", p => p.MarginSd, (p, v) => p with { MarginSd = v }, "share of revenue", ValueRange.Closed(0, 1), ValueRange.Closed(0, 0.2),
            "Standard deviation of the operating margin across firms"),
        new("rdPerformerShare", p => p.RdPerformerShare, (p, v) => p with { RdPerformerShare = v }, "share of firms", ValueRange.Closed(0, 1), null,
            "Share of firms that perform any R&D"),
        new("intensityMedian", p => p.IntensityMedian, (p, v) => p with { IntensityMedian = v }, "share of revenue", ValueRange.Closed(0, 0.5), ValueRange.Closed(0, 0.2),
            "Median latent R&D intensity of performers (chosen under a neutral tax, B = 1)"),
        new("intensityLogSd", p => p.IntensityLogSd, (p, v) => p with { IntensityLogSd = v }, "log points", ValueRange.Closed(0, 3), ValueRange.Closed(0.3, 1.5),
            "Standard deviation of log latent R&D intensity"),
        new("highTechShareMedian", p => p.HighTechShareMedian, (p, v) => p with { HighTechShareMedian = v }, "share of revenue", ValueRange.Open(0, 1), null,
            "Median high-tech product and service revenue share"),
        new("highTechShareSpread", p => p.HighTechShareSpread, (p, v) => p with { HighTechShareSpread = v }, "probit points", ValueRange.Closed(0, 5), ValueRange.Closed(0.5, 3),
            "Dispersion of the high-tech revenue share across firms: standard deviation of its probit (normal score)"),
        new("highTechIndustryShare", p => p.HighTechIndustryShare, (p, v) => p with { HighTechIndustryShare = v }, "share of firms", ValueRange.Closed(0, 1), null,
            "Share of the sector's firms in industries the statistics classify as high-tech (by industry code): their whole revenue is high-tech industry output; the firms with the highest high-tech product share"),
        new("rdStaffShareMedian", p => p.RdStaffShareMedian, (p, v) => p with { RdStaffShareMedian = v }, "share of employees", ValueRange.Open(0, 1), null,
            "Median R&D staff share of employees among performers"),
        new("coreIpProbability", p => p.CoreIpProbability, (p, v) => p with { CoreIpProbability = v }, "probability", ValueRange.Closed(0, 1), null,
            "Probability that a performer owns core intellectual property"),
        new("growthDrift", p => p.GrowthDrift, (p, v) => p with { GrowthDrift = v }, "log points per year", ValueRange.Closed(-0.5, 0.5), ValueRange.Closed(-0.05, 0.15),
            "Mean yearly log growth of revenue"),
        new("growthSd", p => p.GrowthSd, (p, v) => p with { GrowthSd = v }, "log points per year", ValueRange.Closed(0, 1), ValueRange.Closed(0, 0.3),
            "Standard deviation of yearly log revenue growth"),
        new("patentScale", p => p.PatentScale, (p, v) => p with { PatentScale = v }, "patents per unit K^elasticity", ValueRange.Closed(0, 1000), ValueRange.Closed(0, 5),
            "Patent scale: expected patents = scale · K^elasticity"),
        new("inventionShare", p => p.InventionShare, (p, v) => p with { InventionShare = v }, "share of patents", ValueRange.Closed(0, 1), null,
            "Share of patents that are invention patents"),
    ];
}
