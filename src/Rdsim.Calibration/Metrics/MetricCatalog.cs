using Rdsim.Model.Firms;
using Rdsim.Reporting.Tables;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Calibration.Metrics;

/// <summary>
/// Which targets a run can produce. A target is matched by its name — either an rdsim metric name
/// (<c>hnte_firms</c>) or one of the names of the Ningbo 2013 targets file (<c>super_deduction_claimants</c>).
/// Known figures the model cannot produce carry the reason and are listed, not fitted; any other name is an error (most
/// likely a typo, which would otherwise drop the target from the fit without a word).
/// </summary>
public static class MetricCatalog
{
    private static readonly SimulatedMetric HnteFirms = Column(WorldColumns.HnteFirms);
    private static readonly SimulatedMetric ReliefHnte = Column(WorldColumns.ReliefHnte);
    private static readonly SimulatedMetric Claimants = Column(WorldColumns.Claimants);
    private static readonly SimulatedMetric Deducted = Column(WorldColumns.DeductedAmount);
    private static readonly SimulatedMetric ReliefSuper = Column(WorldColumns.ReliefSuperDeduction);
    /// <summary>
    /// The statistics' convention for super-deduction relief: the standard 25% rate times the whole deducted amount,
    /// used or not (Ningbo's 7.39亿 is exactly 25% × 29.55亿). The model's own relief (<c>relief_super_deduction</c>)
    /// counts only the deduction used against positive income; this metric is for comparison with published figures.
    /// </summary>
    private static readonly SimulatedMetric ReliefSuperAt25 = new("relief_super_deduction_at_25pct", y => StatisticsRate * y.Total(WorldColumns.DeductedAmount));
    private static readonly SimulatedMetric NewlyCertified = Column(WorldColumns.HnteNewlyCertified);
    private static readonly SimulatedMetric Revenue = Column(WorldColumns.Revenue);
    private static readonly SimulatedMetric HighTechRevenue = Column(WorldColumns.HighTechRevenue);
    private static readonly SimulatedMetric HighTechShare = new("high_tech_revenue/revenue",
        y => Ratio(y.Total(WorldColumns.HighTechRevenue), y.Total(WorldColumns.Revenue)));
    private static readonly SimulatedMetric HighTechIndustryOutput = Column(WorldColumns.HighTechIndustryOutput);
    private static readonly SimulatedMetric HighTechIndustryShare = new("high_tech_industry_output/revenue",
        y => Ratio(y.Total(WorldColumns.HighTechIndustryOutput), y.Total(WorldColumns.Revenue)));
    /// <summary>Firms holding a valid HNTE certificate, paying the rate this year or not (what national HNTE counts count).</summary>
    private static readonly SimulatedMetric CertificateHolders = Column(WorldColumns.HnteCertificateHolders);
    private static readonly SimulatedMetric RealRd = Column(WorldColumns.RealRd);
    /// <summary>
    /// Real R&amp;D of above-scale industry (规模以上工业, mining and utilities apart): the manufacturing sectors, above the
    /// statistics' revenue line of the year (<see cref="AboveScaleIndustry"/>).
    /// </summary>
    private static readonly SimulatedMetric AboveScaleIndustryRealRd = new("real_rd[above-scale industry]", y => AboveScaleIndustry(y, WorldColumns.RealRd));
    private static readonly SimulatedMetric AboveScaleIndustryRevenue = new("revenue[above-scale industry]", y => AboveScaleIndustry(y, WorldColumns.Revenue));
    private static readonly SimulatedMetric AboveScaleIndustryPerformerShare = new("rd_performers/firms[above-scale industry]",
        y => Ratio(AboveScaleIndustry(y, WorldColumns.RdPerformers), AboveScaleIndustry(y, WorldColumns.Firms)));

    /// <summary>
    /// The first year China's industrial statistics count only enterprises with at least 20 mn CNY of main-business revenue
    /// (5 mn before). The targets' own figures show the cut: 36,387 firms with R&amp;D were 8.5% of above-scale industry in 2009
    /// (about 428,000 firms), 37,467 were 11.5% in 2011 (about 326,000; China Statistical Yearbook 2012, table 20-44).
    /// </summary>
    private const int TwentyMillionLineFrom = 2011;

    /// <summary>
    /// <paramref name="metric"/> over above-scale industry in the year of <paramref name="y"/>: every manufacturing firm to 2010
    /// (the universe's line is the statistics' 5 mn CNY then), the medium and large ones (20 mn CNY and more) from 2011.
    /// </summary>
    private static double AboveScaleIndustry(ReportedYear y, WorldMetric metric) =>
        y.Year >= TwentyMillionLineFrom ? y.ManufacturingFrom(SizeClass.Medium, metric) : y.Manufacturing(metric);

    /// <summary>The rate Chinese statistics value a deduction at: the standard EIT rate since 2008.</summary>
    private const double StatisticsRate = 0.25;

    private static readonly Dictionary<string, SimulatedMetric> ByName = Build();

    // Declared before KnownUnsupported, which reads it: static fields are initialised in the order they are written.
    private static readonly Bilingual CityWidePatents = new("city-wide patents (firms, universities, individuals)", "全市专利（企业、高校、个人）");

    /// <summary>Figures of the Ningbo targets file that the model cannot produce, and why.</summary>
    public static IReadOnlyDictionary<string, Bilingual> KnownUnsupported { get; } = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        ["above_scale_enterprise_st_spending_growth"] = new("growth of S&T spending: not R&D, and growth against 2012 is not fitted",
            "科技活动经费的增长：不是研发经费，且不拟合相对2012年的增长"),
        ["st_spending_growth_minus_revenue_growth"] = new("a difference of growth rates of S&T spending, not R&D", "科技活动经费与营业收入增长率之差，不是研发经费"),
        ["rd_to_gdp"] = new("GDP is not modelled", "模型不含GDP"),
        ["high_tech_output_growth"] = new("growth against 2012; revenue growth is a sector drift, not fitted here",
            "相对2012年的增长；营业收入增长是行业漂移参数，此处不拟合"),
        ["patent_applications"] = new("city-wide patents (firms, universities, individuals); the model counts enterprise grants only",
            "全市专利（企业、高校、个人）；模型只计企业的授权专利"),
        ["invention_patent_applications"] = CityWidePatents,
        ["patent_grants"] = CityWidePatents,
        ["invention_patent_grants"] = CityWidePatents,
        ["hnte_taxes_paid"] = new("every tax HNTEs paid (VAT and business tax among them); the model has corporate income tax only",
            "高企缴纳的全部税收（含增值税、营业税）；模型只含企业所得税"),
    };

    /// <summary>
    /// Figures that bound a metric from above without measuring it: society-wide R&amp;D (全社会R&amp;D经费, enterprises,
    /// universities, institutes and government together) and above-scale enterprises' S&amp;T activity spending
    /// (科技活动经费, R&amp;D and more) both hold the R&amp;D of the above-scale enterprises the Ningbo scenario stands for.
    /// </summary>
    private static readonly Dictionary<string, SimulatedMetric> UpperBounds = new(StringComparer.Ordinal)
    {
        ["total_rd_spending"] = RealRd,
        ["above_scale_enterprise_st_spending"] = RealRd,
    };

    /// <summary>The metric a target name bounds from above (<see cref="UpperBounds"/>), or null.</summary>
    public static SimulatedMetric? FindUpperBound(string targetName) => UpperBounds.GetValueOrDefault(targetName);

    /// <summary>The metric a target name maps to, or null.</summary>
    public static SimulatedMetric? Find(string targetName) => ByName.GetValueOrDefault(targetName);

    /// <summary>Every name a targets file may use: the metrics, the names mapped to them, and the figures known to be out of reach.</summary>
    public static IEnumerable<string> Names => ByName.Keys.Concat(UpperBounds.Keys).Concat(KnownUnsupported.Keys);

    /// <summary>The known name closest to a misspelt <paramref name="targetName"/>, or null when none is close.</summary>
    public static string? Suggest(string targetName) => NameSuggestion.Closest(targetName, Names);

    private static Dictionary<string, SimulatedMetric> Build()
    {
        var metrics = new[] { HnteFirms, ReliefHnte, Claimants, Deducted, ReliefSuper, ReliefSuperAt25, NewlyCertified, Revenue, HighTechRevenue, HighTechShare,
            HighTechIndustryOutput, HighTechIndustryShare,
            CertificateHolders, RealRd, AboveScaleIndustryRealRd, AboveScaleIndustryRevenue, AboveScaleIndustryPerformerShare };
        var map = metrics.ToDictionary(m => m.Name, StringComparer.Ordinal);
        map["high_tech_share"] = HighTechShare;
        map["hnte_firms_with_preferential_rate"] = HnteFirms;
        map["hnte_rate_relief"] = ReliefHnte;
        map["super_deduction_claimants"] = Claimants;
        map["super_deduction_deducted_amount_extra_50pct"] = Deducted;
        // The source's relief is 25% × the deducted amount (its own convention; ../shared/data/README.md), so it is
        // compared with the same convention, not with the model's relief on the deduction actually used.
        map["super_deduction_relief_at_25pct"] = ReliefSuperAt25;
        map["newly_certified_hnte"] = NewlyCertified;
        map["above_scale_industrial_output"] = Revenue;
        // 高新技术产业产值 counts the whole output of firms in the industries a (provincial) classification lists, by industry
        // code, not revenue from high-tech products (the HNTE test's measure): docs/model.md §2.
        map["high_tech_output_share"] = HighTechIndustryShare;
        // The national targets (scenarios/targets/china-national-targets.csv; README, "How well does it fit?"):
        // HNTE counts are certificates in force, not firms paying the rate in the year; the STA's deduction relief is
        // 25% × the deducted amount, as in the Ningbo document; enterprise R&D is the R&D survey's, taken as real R&D
        // (relabelling is for the tax bureau); the above-scale industrial figures are the manufacturing sectors' above the
        // statistics' revenue line of the year.
        map["hnte_certified_firms"] = CertificateHolders;
        map["super_deduction_relief"] = ReliefSuperAt25;
        map["enterprise_rd"] = RealRd;
        map["above_scale_industrial_rd"] = AboveScaleIndustryRealRd;
        map["above_scale_industrial_firms_with_rd_share"] = AboveScaleIndustryPerformerShare;
        // Main-business revenue of above-scale industry, as the statistics state it beside its R&D (R&D ÷ its intensity).
        map["above_scale_industrial_revenue"] = AboveScaleIndustryRevenue;
        return map;
    }

    /// <summary>A column of <c>years.csv</c> for the scenario world, under its own name.</summary>
    private static SimulatedMetric Column(WorldMetric metric) => new(metric.Name, y => y.Total(metric));

    private static double Ratio(double numerator, double denominator) => denominator == 0 ? 0 : numerator / denominator;
}
