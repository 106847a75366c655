using Rdsim.Model.Policy;

namespace Rdsim.Scenarios.Registry;

/// <summary>The <c>hnte.*</c> parameters: the High and New Technology Enterprise regime (year-keyed).</summary>
internal static class HnteEntries
{
    /// <summary>The entries, in registry order.</summary>
    public static IEnumerable<ParameterDefinition> All()
    {
        var p = new YearPolicy();
        return
        [
            Define.Flag("hnte.enabled", p, x => x.HnteEnabled, (x, v) => x with { HnteEnabled = v }) with
            {
                DescriptionZh = "是否实行高新技术企业优惠税率制度。",
                Unit = "flag",
                Description = "Whether the HNTE (高新技术企业) preferential-rate regime exists.",
                Reference = "EIT Law 2008 art. 28(2); Guokefahuo [2008] 172 and [2016] 32 (certification rules).",
            },
            Define.Number("hnte.rate", p, x => x.HnteRate, (x, v) => x with { HnteRate = v }) with
            {
                DescriptionZh = "经认定的高新技术企业适用的企业所得税优惠税率。",
                Unit = "share of taxable income",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0.05, 0.25),
                Description = "Preferential CIT rate for certified HNTEs.",
                Reference = "EIT Law 2008 art. 28(2): 15%.",
            },
            .. IntensityBandEntries.All(p),
            Define.Number("hnte.minHighTechRevenueShare", p, x => x.MinHighTechRevenueShare, (x, v) => x with { MinHighTechRevenueShare = v }) with
            {
                DescriptionZh = "高新技术产品（服务）收入占企业同期总收入比例的最低要求。",
                Unit = "share of revenue",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0.3, 0.8),
                Description = "Minimum share of revenue from high-tech products and services.",
                Reference = "Guokefahuo [2008] 172 art. 10(5); Guokefahuo [2016] 32 art. 11(6): 60%.",
            },
            Define.Number("hnte.minRdStaffShare", p, x => x.MinRdStaffShare, (x, v) => x with { MinRdStaffShare = v }) with
            {
                DescriptionZh = "从事研发和相关技术创新活动的科技人员占企业当年职工总数比例的最低要求。",
                Unit = "share of employees",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0.05, 0.3),
                Description = "Minimum R&D (science and technology) staff share of employees.",
                Reference = "Guokefahuo [2008] 172 art. 10(3); Guokefahuo [2016] 32 art. 11(4): 10%.",
            },
            Define.Flag("hnte.requiresCoreIp", p, x => x.RequiresCoreIp, (x, v) => x with { RequiresCoreIp = v }) with
            {
                DescriptionZh = "是否要求企业拥有对其主要产品（服务）发挥核心支持作用的知识产权。",
                Unit = "flag",
                Description = "Whether owning core intellectual property is required.",
                Reference = "Guokefahuo [2008] 172 art. 10(2); Guokefahuo [2016] 32 art. 11(2).",
            },
            Define.Integer("hnte.validityYears", p, x => x.ValidityYears, (x, v) => x with { ValidityYears = v }) with
            {
                DescriptionZh = "高新技术企业证书有效期；期满后须重新认定。",
                Unit = "years",
                Valid = ValueRange.Closed(1, 20),
                Advisory = ValueRange.Closed(2, 5),
                Description = "Certificate lifetime; re-certification afterwards.",
                Reference = "Guokefahuo [2008] 172 art. 9; Guokefahuo [2016] 32 art. 9: three years.",
            },
            Define.Number("hnte.certificationCost", p, x => x.CertificationCost, (x, v) => x with { CertificationCost = v }) with
            {
                DescriptionZh = "每次认定的一次性合规成本（专项审计、中介机构、人员时间）。",
                Unit = "mn CNY",
                Valid = ValueRange.Closed(0, 1000),
                Advisory = ValueRange.Closed(0, 2),
                Uncertain = true,
                Description = "One-off compliance cost per certification (audit, consultants, staff time).",
                Reference = "Calibration assumption (docs/model.md §1); order of magnitude of agency fees for HNTE applications.",
            },
            Define.Number("hnte.certificationSubsidy", p, x => x.CertificationSubsidy, (x, v) => x with { CertificationSubsidy = v }) with
            {
                DescriptionZh = "地方政府对新认定（不含重新认定）的高新技术企业给予的一次性奖励；0 表示没有。",
                Unit = "mn CNY",
                Valid = ValueRange.Closed(0, 1000),
                Advisory = ValueRange.Closed(0, 1),
                Description = "One-off reward local governments pay a newly certified HNTE (新认定, not a renewal); 0 = none.",
                Reference = "Local certification rewards (认定奖励), common from the mid-2010s, typically 0.1–0.5 mn CNY (e.g. Guangzhou, Shenzhen, "
                    + "Hangzhou, Nanjing city policies); a national average is a calibration assumption (README, \"How well does it fit?\").",
            },
            Define.Number("hnte.titleBenefit", p, x => x.TitleBenefit, (x, v) => x with { TitleBenefit = v }) with
            {
                DescriptionZh = "持有高新技术企业资格每年在优惠税率之外给企业带来的价值（科技项目、人才与用地政策、政府采购中的优先，银行和客户眼中的信誉）；属于企业的私人收益而非税式支出，不计入税收减免；0 表示没有。",
                Unit = "mn CNY per year",
                Valid = ValueRange.Closed(0, 1000),
                Advisory = ValueRange.Closed(0, 1),
                Description = "What holding the HNTE title is worth to a firm each year beyond the preferential rate (priority in S&T "
                    + "programmes, talent and land schemes and procurement, standing with banks and customers); a private value, not a tax "
                    + "expenditure, so not counted in revenue forgone; 0 = none.",
                Reference = "HNTE status is a condition or an advantage in many local science-and-technology and park programmes (e.g. the "
                    + "Qingdao high-tech zone's 2021 enterprise-cultivation rules); its yearly value is not measured: a calibration assumption "
                    + "(docs/model.md §4 step 8).",
            },
            Define.Number("hnte.revocationRate", p, x => x.RevocationRate, (x, v) => x with { RevocationRate = v }) with
            {
                DescriptionZh = "证书有效期内某年不符合认定条件（非研发条件或研发强度）的高新技术企业经复核被取消资格的概率；被取消的企业须重新申请，计为新认定；0 表示证书继续有效，企业可在以后符合条件的年份享受优惠。",
                Unit = "probability per failed year",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0, 1),
                Description = "Chance that a certificate holder which fails the criteria in a year (a non-R&D criterion or the intensity test) "
                    + "is reviewed and loses its certificate; it must then apply afresh (a new certification, 新认定); 0 = the certificate "
                    + "runs on and can be used in a later year the firm qualifies.",
                Reference = "Guoshuihan [2009] 203 art. 5 (the tax bureau asks the certification body to review a holder it finds failing "
                    + "the criteria); Guokefahuo [2008] 172 art. 12 and [2016] 32 art. 16 (the certificate is cancelled when the review "
                    + "confirms it); how often failing holders are reviewed is not published: a calibration assumption (docs/model.md §4 step 8).",
            },
            Define.Number("hnte.applicationRate", p, x => x.ApplicationRate, (x, v) => x with { ApplicationRate = v }) with
            {
                DescriptionZh = "从未获得过高新技术企业证书的企业每年考虑申请认定的概率（了解这一制度，并有账目和人员准备申请）；1 表示凡能得益的企业当年即申请；曾获证书的企业总会考虑。",
                Unit = "probability per year",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0.05, 1),
                Description = "Yearly chance that a firm which has never held an HNTE certificate considers applying (knows the regime and "
                    + "has the accounts and staff to prepare an application); 1 = every firm that would gain applies at once; a firm that "
                    + "has held a certificate always considers it.",
                Reference = "Incomplete, slow take-up of R&D tax incentives, above all among small firms (Busom, Corchuelo & Martínez-Ros "
                    + "2014, Small Business Economics 43); China's HNTE count rose 4.6-fold in 2012–2019 (targets file); the rate itself is "
                    + "not measured: a calibration assumption (docs/model.md §4 step 8).",
            },
            Define.Number("hnte.ipAcquisitionRate", p, x => x.IpAcquisitionRate, (x, v) => x with { IpAcquisitionRate = v }) with
            {
                DescriptionZh = "尚无可用于认定的知识产权的研发企业每年获得此类知识产权（实用新型、软件著作权、受让的专利）的概率；0 表示知识产权只来自初始抽取或发明专利。",
                Unit = "probability per year",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0, 0.5),
                Description = "Yearly chance that an R&D performer without IP that counts for the test acquires some (utility models, "
                    + "software copyrights, bought patents); 0 = IP only as drawn or from invention patents.",
                Reference = "Guokefahuo [2016] 32 art. 11(2) and its Guide: class-II IP (utility models, software copyrights, designs) counts, "
                    + "each once; a calibration assumption for how quickly firms obtain it (docs/model.md §4 step 12).",
            },
        ];
    }
}
