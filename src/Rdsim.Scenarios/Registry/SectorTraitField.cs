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
/// <param name="DescriptionZh">The same in Chinese.</param>
internal sealed record SectorTraitField(
    string Key,
    Func<SectorProfile, double> Get,
    Func<SectorProfile, double, SectorProfile> Set,
    string Unit,
    ValueRange Valid,
    ValueRange? Advisory,
    string Description,
    string DescriptionZh)
{
    /// <summary>Every property of <see cref="SectorProfile"/>, in declaration order.</summary>
    public static IReadOnlyList<SectorTraitField> All { get; } =
    [
        new("share", p => p.Share, (p, v) => p with { Share = v }, "share of firms", ValueRange.Closed(0, 1), null,
            "Share of the population in this sector (shares are normalised over sectors)", "该行业企业占总体的比例（各行业的比例归一化）"),
        new("revenueMedian", p => p.RevenueMedian, (p, v) => p with { RevenueMedian = v }, "mn CNY", ValueRange.AboveUpTo(0, 1e7), ValueRange.Closed(1, 10_000),
            "Median first-year revenue of the log-normal revenue distribution", "首年销售收入对数正态分布的中位数"),
        new("revenueLogSd", p => p.RevenueLogSd, (p, v) => p with { RevenueLogSd = v }, "log points", ValueRange.Closed(0, 5), ValueRange.Closed(0.5, 2.5),
            "Standard deviation of log first-year revenue", "首年销售收入对数的标准差"),
        new("revenueMin", p => p.RevenueMin, (p, v) => p with { RevenueMin = v }, "mn CNY", ValueRange.AboveUpTo(0, InputBounds.MaxRevenue), null,
            "Lower truncation of first-year revenue", "首年销售收入的截断下限"),
        new("revenueMax", p => p.RevenueMax, (p, v) => p with { RevenueMax = v }, "mn CNY", ValueRange.AboveUpTo(0, InputBounds.MaxRevenue), null,
            "Upper truncation of first-year revenue", "首年销售收入的截断上限"),
        new("marginMean", p => p.MarginMean, (p, v) => p with { MarginMean = v }, "share of revenue", ValueRange.Closed(-1, 1), ValueRange.Closed(-0.1, 0.3),
            "Mean operating margin before R&D", "研发支出前营业利润率的均值"),
        new("marginSd", p => p.MarginSd, (p, v) => p with { MarginSd = v }, "share of revenue", ValueRange.Closed(0, 1), ValueRange.Closed(0, 0.2),
            "Standard deviation of the operating margin across firms", "企业间营业利润率的标准差"),
        new("rdPerformerShare", p => p.RdPerformerShare, (p, v) => p with { RdPerformerShare = v }, "share of firms", ValueRange.Closed(0, 1), null,
            "Share of firms that perform any R&D", "开展研发活动的企业比例"),
        new("intensityMedian", p => p.IntensityMedian, (p, v) => p with { IntensityMedian = v }, "share of revenue", ValueRange.Closed(0, 0.5), ValueRange.Closed(0, 0.2),
            "Median latent R&D intensity of performers (chosen under a neutral tax, B = 1)", "研发企业潜在研发强度（中性税制即 B = 1 时选择的研发强度）的中位数"),
        new("intensityLogSd", p => p.IntensityLogSd, (p, v) => p with { IntensityLogSd = v }, "log points", ValueRange.Closed(0, 3), ValueRange.Closed(0.3, 1.5),
            "Standard deviation of log latent R&D intensity", "潜在研发强度对数的标准差"),
        new("highTechShareMedian", p => p.HighTechShareMedian, (p, v) => p with { HighTechShareMedian = v }, "share of revenue", ValueRange.Open(0, 1), null,
            "Median high-tech product and service revenue share", "高新技术产品（服务）收入占比的中位数"),
        new("highTechShareSpread", p => p.HighTechShareSpread, (p, v) => p with { HighTechShareSpread = v }, "probit points", ValueRange.Closed(0, 5), ValueRange.Closed(0.5, 3),
            "Dispersion of the high-tech revenue share across firms: standard deviation of its probit (normal score)", "企业间高新技术产品收入占比的离散程度：其 probit 值（正态分数）的标准差"),
        new("highTechIndustryShare", p => p.HighTechIndustryShare, (p, v) => p with { HighTechIndustryShare = v }, "share of firms", ValueRange.Closed(0, 1), null,
            "Share of the sector's firms in industries the statistics classify as high-tech (by industry code): their whole revenue is high-tech industry output; the firms with the highest high-tech product share",
            "该行业中按行业代码被统计口径归入高新技术产业的企业比例：其全部收入计入高新技术产业产值；取高新技术产品收入占比最高的企业"),
        new("rdStaffShareMedian", p => p.RdStaffShareMedian, (p, v) => p with { RdStaffShareMedian = v }, "share of employees", ValueRange.Open(0, 1), null,
            "Median R&D staff share of employees among performers", "研发企业中研发人员占职工总数比例的中位数"),
        new("coreIpProbability", p => p.CoreIpProbability, (p, v) => p with { CoreIpProbability = v }, "probability", ValueRange.Closed(0, 1), null,
            "Probability that a performer owns core intellectual property", "研发企业拥有核心知识产权的概率"),
        new("growthDrift", p => p.GrowthDrift, (p, v) => p with { GrowthDrift = v }, "log points per year", ValueRange.Closed(-0.5, 0.5), ValueRange.Closed(-0.05, 0.15),
            "Mean yearly log growth of revenue", "销售收入年对数增长率的均值"),
        new("growthSd", p => p.GrowthSd, (p, v) => p with { GrowthSd = v }, "log points per year", ValueRange.Closed(0, 1), ValueRange.Closed(0, 0.3),
            "Standard deviation of yearly log revenue growth", "销售收入年对数增长率的标准差"),
        new("patentScale", p => p.PatentScale, (p, v) => p with { PatentScale = v }, "patents per unit K^elasticity", ValueRange.Closed(0, 1000), ValueRange.Closed(0, 5),
            "Patent scale: expected patents = scale · K^elasticity", "专利规模系数：预期专利数 = 规模系数 · K^弹性"),
        new("inventionShare", p => p.InventionShare, (p, v) => p with { InventionShare = v }, "share of patents", ValueRange.Closed(0, 1), null,
            "Share of patents that are invention patents", "发明专利占专利总数的比例"),
    ];
}
