using Rdsim.Model.Firms;

namespace Rdsim.Scenarios.Registry;

/// <summary>
/// Default trait distributions of every sector (the defaults of <c>population.sectors.*</c>). Stylised and
/// rounded, not estimated: sector shares approximate a national population of enterprises above designated
/// size plus comparable service firms, with manufacturing the largest group (≈ 46%); latent R&amp;D
/// intensities follow the ordering of published R&amp;D intensities (high in integrated circuits, software and
/// research services; ≈ 3% in electronics and machinery; below 1% in textiles, trade and real estate); R&amp;D
/// performer shares, high-tech shares, R&amp;D staff and core-IP probabilities are higher in high-tech sectors.
/// Fields not listed per sector keep the <see cref="SectorProfile"/> initialisers.
/// </summary>
public static class SectorDefaults
{
    /// <summary>Where the defaults come from.</summary>
    public const string Reference =
        "Stylised calibration (rdsim SectorDefaults): China Statistical Yearbook on Science and Technology (R&D of " +
        "enterprises above designated size by industry); Fourth National Economic Census 2018 (enterprises by sector).";

    /// <summary>The default profile of each sector, indexed by sector id.</summary>
    public static IReadOnlyList<SectorProfile> All { get; } =
        Sectors.All.Select(s => For(s.Key) with { HighTechIndustryShare = InNationalHighTechClassification(s.Key) ? 1 : 0 }).ToArray();

    /// <summary>
    /// Whether the sector's industries are in the national high-tech classifications (国家统计局《高技术产业（制造业）分类（2017）》:
    /// pharmaceuticals, aerospace, electronic and communication equipment, computers and office equipment, medical and
    /// measuring instruments, information chemicals; 《高技术服务业分类（2018）》: information services, R&amp;D and design,
    /// technical services among them). Sectors with only small sub-industries on the lists (instruments within machinery,
    /// aerospace within other manufacturing) count as outside them. Provincial 高新技术产业 lists are broader: a scenario
    /// compared with them sets its own shares.
    /// </summary>
    private static bool InNationalHighTechClassification(string key) =>
        key is "electronics" or "integratedCircuits" or "pharmaceuticals" or "software" or "researchServices";

    // Columns: share, revenue median (mn CNY), margin mean, R&D performer share, latent intensity median,
    // high-tech share median, R&D staff share median, core-IP probability, growth drift, patent scale, invention share.
    private static SectorProfile For(string key) => key switch
    {
        "electronics" => Row(0.070, 80, 0.07, 0.55, 0.030, 0.50, 0.10, 0.55, 0.07, 1.0, 0.35),
        "integratedCircuits" => Row(0.010, 60, 0.10, 0.80, 0.080, 0.80, 0.20, 0.70, 0.10, 1.5, 0.50),
        "machinery" => Row(0.080, 50, 0.07, 0.50, 0.030, 0.40, 0.09, 0.50, 0.05, 0.8, 0.25),
        "machineTools" => Row(0.010, 40, 0.07, 0.55, 0.035, 0.45, 0.10, 0.50, 0.05, 0.8, 0.30),
        "pharmaceuticals" => Row(0.030, 60, 0.12, 0.60, 0.045, 0.55, 0.12, 0.55, 0.07, 0.7, 0.45),
        "chemicals" => Row(0.050, 70, 0.08, 0.45, 0.020, 0.35, 0.07, 0.40, 0.04, 0.5, 0.30),
        "automotive" => Row(0.040, 120, 0.06, 0.50, 0.025, 0.40, 0.08, 0.45, 0.05, 0.8, 0.25),
        "electrical" => Row(0.050, 60, 0.07, 0.50, 0.030, 0.45, 0.09, 0.50, 0.06, 0.9, 0.25),
        "textiles" => Row(0.050, 40, 0.05, 0.20, 0.008, 0.10, 0.03, 0.15, 0.02, 0.3, 0.10),
        "otherManufacturing" => Row(0.069, 40, 0.06, 0.30, 0.012, 0.20, 0.05, 0.25, 0.04, 0.4, 0.15),
        "tobacco" => Row(0.001, 2000, 0.25, 0.40, 0.005, 0.10, 0.04, 0.30, 0.02, 0.3, 0.20),
        "software" => Row(0.060, 20, 0.12, 0.70, 0.080, 0.70, 0.25, 0.60, 0.10, 0.6, 0.40),
        "researchServices" => Row(0.040, 15, 0.10, 0.75, 0.100, 0.60, 0.30, 0.60, 0.07, 0.6, 0.45),
        "construction" => Row(0.090, 60, 0.04, 0.15, 0.004, 0.05, 0.03, 0.10, 0.04, 0.2, 0.20),
        "wholesaleRetail" => Row(0.180, 40, 0.03, 0.05, 0.002, 0.05, 0.02, 0.05, 0.04, 0.1, 0.10),
        "realEstate" => Row(0.050, 80, 0.10, 0.03, 0.002, 0.02, 0.02, 0.05, 0.02, 0.1, 0.10),
        "accommodationCatering" => Row(0.030, 10, 0.05, 0.02, 0.002, 0.02, 0.01, 0.03, 0.03, 0.05, 0.10),
        "leasingBusinessServices" => Row(0.080, 15, 0.08, 0.10, 0.004, 0.10, 0.04, 0.10, 0.06, 0.1, 0.15),
        "entertainment" => Row(0.010, 10, 0.08, 0.05, 0.003, 0.10, 0.03, 0.10, 0.04, 0.1, 0.10),
        _ => throw new InvalidOperationException($"No default profile for sector '{key}'."),
    };

    private static SectorProfile Row(double share, double revenueMedian, double marginMean, double performerShare,
        double intensityMedian, double highTechShare, double rdStaffShare, double coreIp, double growthDrift,
        double patentScale, double inventionShare) => new()
    {
        Share = share,
        RevenueMedian = revenueMedian,
        MarginMean = marginMean,
        RdPerformerShare = performerShare,
        IntensityMedian = intensityMedian,
        HighTechShareMedian = highTechShare,
        RdStaffShareMedian = rdStaffShare,
        CoreIpProbability = coreIp,
        GrowthDrift = growthDrift,
        PatentScale = patentScale,
        InventionShare = inventionShare,
    };
}
