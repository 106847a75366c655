using Rdsim.Model.Behaviour;
using Rdsim.Model.Policy;

namespace Rdsim.Scenarios.Registry;

/// <summary>The <c>behaviour.*</c> parameters (constant over a run, but for the year-keyed rdStartRate).</summary>
internal static class BehaviourEntries
{
    /// <summary>The <c>behaviour.*</c> entries, in registry order.</summary>
    public static IEnumerable<ParameterDefinition> Behaviour()
    {
        var b = new BehaviourParameters();
        return
        [
            Define.Number("behaviour.userCostElasticity", b, x => x.UserCostElasticity, (x, v) => x with { UserCostElasticity = v }) with
            {
                DescriptionZh = "ε：研发投入对研发用户成本的长期弹性（用户成本弹性）。",
                Unit = "elasticity", Valid = ValueRange.Closed(0.05, 5), Advisory = ValueRange.Closed(0.3, 2), Uncertain = true,
                Description = "ε: long-run elasticity of R&D to its user cost.",
                Reference = "Bloom, Griffith & Van Reenen (2002), J. Public Econ.; Hall & Van Reenen (2000), Research Policy.",
            },
            Define.Number("behaviour.adjustmentSpeed", b, x => x.AdjustmentSpeed, (x, v) => x with { AdjustmentSpeed = v }) with
            {
                DescriptionZh = "λ：部分调整速度，即每年弥合实际研发投入与意愿研发投入之间差距的比例；短期弹性约为 λε。",
                Unit = "share of gap per year", Valid = ValueRange.AboveUpTo(0, 1), Advisory = ValueRange.Closed(0.1, 0.6), Uncertain = true,
                Description = "λ: share of the gap to desired R&D closed each year; short-run elasticity ≈ λε.",
                Reference = "Bloom, Griffith & Van Reenen (2002): short-run elasticity ≈ 0.1–0.15, long-run ≈ 1.",
            },
            Define.Number("behaviour.rdDepreciation", b, x => x.RdDepreciation, (x, v) => x with { RdDepreciation = v }) with
            {
                DescriptionZh = "δ：永续盘存法中研发（知识）存量的折旧率。",
                Unit = "share per year", Valid = ValueRange.Closed(0.01, 1), Advisory = ValueRange.Closed(0.1, 0.3),
                Description = "δ: depreciation of the R&D (knowledge) stock in the perpetual inventory.",
                Reference = "Hall (2007), 'Measuring the returns to R&D: the depreciation problem', NBER WP 13473: 15%.",
            },
            Define.Number("behaviour.discountRate", b, x => x.DiscountRate, (x, v) => x with { DiscountRate = v }) with
            {
                DescriptionZh = "r：企业的贴现率，用于以后年度才能使用的扣除或抵免（结转的亏损或抵免额）、证书以后年份的收益，以及增量抵免基数的侵蚀。",
                Unit = "rate per year", Valid = ValueRange.Closed(0, 1), Advisory = ValueRange.Closed(0.02, 0.15), Uncertain = true,
                Description = "r: the firm's discount rate: a deduction or credit used in a later year (a carried loss or credit), a certificate's future years, an incremental credit's base erosion.",
                Reference = "Calibration assumption: a typical cost of capital for Chinese industrial firms.",
            },
            Define.Number("behaviour.knowledgeElasticity", b, x => x.KnowledgeElasticity, (x, v) => x with { KnowledgeElasticity = v }) with
            {
                DescriptionZh = "γ：知识存量的产出弹性。",
                Unit = "elasticity", Valid = ValueRange.Closed(0, 1), Advisory = ValueRange.Closed(0.01, 0.25),
                Description = "γ: output elasticity of the knowledge stock.",
                Reference = "Hall, Mairesse & Mohnen (2010), Handbook of the Economics of Innovation, ch. 24: 0.01–0.25, typically ≈ 0.08.",
            },
            Define.Number("behaviour.knowledgeFloor", b, x => x.KnowledgeFloor, (x, v) => x with { KnowledgeFloor = v }) with
            {
                DescriptionZh = "收入方程中加在知识存量上的下限，使没有知识存量的企业也有确定的增长项。",
                Unit = "mn CNY", Valid = ValueRange.AboveUpTo(0, 1e6), Advisory = ValueRange.Closed(0.001, 1),
                Description = "Floor added to the knowledge stock in the revenue equation, so firms with no stock have a defined growth term.",
                Reference = "Modelling device (docs/model.md §4 step 1: K̃ = K + small floor).",
            },
            Define.Number("behaviour.rdShockSd", b, x => x.RdShockSd, (x, v) => x with { RdShockSd = v }) with
            {
                DescriptionZh = "实际研发投入所受均值为1的对数正态冲击的标准差。",
                Unit = "log points", Valid = ValueRange.Closed(0, 2), Advisory = ValueRange.Closed(0, 0.3),
                Description = "Standard deviation of the mean-one log-normal shock to real R&D.",
                Reference = "Calibration assumption (docs/model.md §4 step 6).",
            },
            Define.Number("behaviour.marginShockSd", b, x => x.MarginShockSd, (x, v) => x with { MarginShockSd = v }) with
            {
                DescriptionZh = "营业利润率每年所受暂时性冲击的标准差。",
                Unit = "share of revenue", Valid = ValueRange.Closed(0, 1), Advisory = ValueRange.Closed(0, 0.1),
                Description = "Standard deviation of the yearly transitory shock to the operating margin.",
                Reference = "Calibration assumption (docs/model.md §4 step 2).",
            },
            Define.Number("behaviour.relabel.marginalCost0", b, x => x.RelabelMarginalCost0, (x, v) => x with { RelabelMarginalCost0 = v }) with
            {
                DescriptionZh = "把第一元普通费用归集为研发费用（研发费用归集不实）的预期边际成本（稽查风险）。",
                Unit = "CNY per CNY relabelled", Valid = ValueRange.Closed(0, 10), Advisory = ValueRange.Closed(0.02, 0.5), Uncertain = true,
                Description = "Expected marginal cost (audit risk) of the first yuan of ordinary expenses reported as R&D.",
                Reference = "With behaviour.relabel.slope, set so that about a quarter of what firms add to reported R&D to pass the HNTE test is relabelling (China preset, 2008–2011): Chen, Liu, Suárez Serrato & Xu (2021), AER, 24.2%; 30% in NBER WP 24749 (2018). docs/model.md §3.",
            },
            Define.Number("behaviour.relabel.slope", b, x => x.RelabelSlope, (x, v) => x with { RelabelSlope = v }) with
            {
                DescriptionZh = "归集不实的费用占收入的比例每增加一个单位，归集不实的边际成本的增加量。",
                Unit = "per unit of relabelled share of revenue", Valid = ValueRange.Closed(0.01, 1000), Advisory = ValueRange.Closed(5, 300),
                Description = "Increase of the marginal relabelling cost per unit of relabelled share of revenue.",
                Reference = "Set with behaviour.relabel.marginalCost0 to Chen et al. (2021): about a quarter of the notch response is relabelling (docs/model.md §3; measured by RelabellingCalibrationTests).",
            },
            Define.Number("behaviour.relabel.maxShareOfRevenue", b, x => x.RelabelMaxShareOfRevenue, (x, v) => x with { RelabelMaxShareOfRevenue = v }) with
            {
                DescriptionZh = "归集不实的费用占收入比例的上限。",
                Unit = "share of revenue", Valid = ValueRange.Closed(0, 1), Advisory = ValueRange.Closed(0, 0.1),
                Description = "Upper bound on relabelled expenses as a share of revenue.",
                Reference = "Calibration assumption (docs/model.md §4 step 7).",
            },
            Define.Number("behaviour.patents.elasticity", b, x => x.PatentElasticity, (x, v) => x with { PatentElasticity = v }) with
            {
                DescriptionZh = "预期专利数对知识存量的弹性（专利数 ~ Poisson(规模系数 · K^弹性)）。",
                Unit = "elasticity", Valid = ValueRange.Closed(0, 3), Advisory = ValueRange.Closed(0.3, 1.2),
                Description = "Elasticity of expected patents to the knowledge stock (patents ~ Poisson(scale · K^elasticity)).",
                Reference = "Hall, Griliches & Hausman (1986), Int. Econ. Rev.: patent–R&D elasticities ≈ 0.3–1.",
            },
            Define.Number("behaviour.coreIpPerInventionPatent", b, x => x.CoreIpPerInventionPatent, (x, v) => x with { CoreIpPerInventionPatent = v }) with
            {
                DescriptionZh = "尚无核心知识产权的企业获得一件发明专利授权后，自下一年起拥有核心知识产权（高新技术企业认定条件）的概率；0 表示核心知识产权为固定特征。",
                Unit = "probability per invention patent", Valid = ValueRange.Closed(0, 1), Advisory = ValueRange.Closed(0, 1),
                Description = "Probability that an invention patent granted to a firm without core IP gives it core IP (HNTE criterion) from the next year; 0 keeps core IP a fixed trait.",
                Reference = "Guokefahuo [2008] 172 art. 10(2): core IP includes invention patents owned by the firm; which patents protect its main products' core technology is a calibration assumption.",
            },
            Define.Number("behaviour.highTechKnowledgeElasticity", b, x => x.HighTechKnowledgeElasticity, (x, v) => x with { HighTechKnowledgeElasticity = v }) with
            {
                DescriptionZh = "κ：知识存量的对数增长每增加1个点，企业高新技术产品收入占比的对数几率上升 κ（产品结构随知识积累而变化）；0 表示该占比为固定特征。",
                Unit = "log-odds per log point of knowledge", Valid = ValueRange.Closed(-10, 10), Advisory = ValueRange.Closed(0, 5),
                Description = "κ: the log-odds of a firm's high-tech revenue share rise by κ × the log growth of its knowledge stock (product mix shifts with knowledge); 0 keeps the share a fixed trait.",
                Reference = "Calibration assumption; Ningbo's high-tech output grew 14.2% in 2013 against 5.3% for main-business revenue (2013 S&T work summary).",
            },
            Define.Number("behaviour.highTechShareShockSd", b, x => x.HighTechShareShockSd, (x, v) => x with { HighTechShareShockSd = v }) with
            {
                DescriptionZh = "企业高新技术产品收入占比的对数几率每年所受持续性冲击的标准差（新产品上市、产品成熟或重新归类）；0 表示不受冲击。",
                Unit = "log-odds per year", Valid = ValueRange.Closed(0, 3), Advisory = ValueRange.Closed(0, 0.5),
                Description = "Standard deviation of the yearly, persistent shock to the log-odds of a firm's high-tech revenue share (products launched, maturing, reclassified); 0 keeps the share free of shocks.",
                Reference = "Calibration assumption: the 60% high-tech revenue test is checked yearly, and firms near it move in and out (docs/model.md §4 steps 8 and 13).",
            },
            Define.Number("behaviour.intensityDrift", b, x => x.IntensityDrift, (x, v) => x with { IntensityDrift = v }) with
            {
                DescriptionZh = "研发企业潜在研发强度 φ 的年对数漂移；0 表示 φ 为固定特征。",
                Unit = "log points per year", Valid = ValueRange.Closed(-0.5, 0.5), Advisory = ValueRange.Closed(0, 0.1),
                Description = "Yearly log drift of performers' latent R&D intensity φ; 0 keeps φ a fixed trait.",
                Reference = "Ningbo 2013: enterprise S&T spending grew 5.4 points faster than main-business revenue (seed document), ln(1.107/1.053) ≈ 0.05.",
            },
            Define.Number("behaviour.intensityShockSd", b, x => x.IntensityShockSd, (x, v) => x with { IntensityShockSd = v }) with
            {
                DescriptionZh = "研发企业潜在研发强度 φ 每年所受持续性（随机游走）、均值为1的对数冲击的标准差；0 表示没有冲击。",
                Unit = "log points per year", Valid = ValueRange.Closed(0, 2), Advisory = ValueRange.Closed(0, 0.3),
                Description = "Standard deviation of the yearly persistent (random-walk), mean-one log shock to performers' latent R&D intensity φ; 0 adds none.",
                Reference = "Calibration assumption: R&D programmes start and end, so firms' R&D intensities are persistent but not fixed (Hall, Mairesse & Mohnen 2010).",
            },
            // By year, so it lives in the year policy: the spread of R&D quickened after 2008 (a driver, not a law).
            Define.Number("behaviour.rdStartRate", new YearPolicy(), x => x.RdStartRate, (x, v) => x with { RdStartRate = v }) with
            {
                DescriptionZh = "不开展研发的企业每年开始研发的概率（按所在行业研发企业的分布抽取研发强度、研发人员占比和核心知识产权）；两种情形相同；0 表示只有初始抽取的研发企业。",
                Unit = "probability per year", Valid = ValueRange.Closed(0, 1), Advisory = ValueRange.Closed(0, 0.2),
                Description = "Yearly chance that a firm doing no R&D starts (it draws an intensity, R&D staff and core IP as its sector's "
                    + "performers are drawn); the same in both worlds; 0 keeps the drawn performers the only ones.",
                Reference = "The spread of R&D among China's industrial enterprises: 6.5% had R&D activity in 2008, 11.5% in 2011 "
                    + "(China Statistical Yearbook 2012, table 20-44); a calibration assumption (docs/model.md §4 step 13).",
            },
            // The scenario builder turns it into each sector's start hazard (Firms/RdStartHazards.cs).
            Define.Number("behaviour.rdStartSectorTilt", b, x => x.RdStartSectorTilt, (x, v) => x with { RdStartSectorTilt = v }) with
            {
                DescriptionZh = "不开展研发的企业开始研发的概率在各行业间的倾斜：行业的开始概率与该行业研发企业占比的此次幂成正比，"
                    + "其在全部未研发企业中的平均值仍为 behaviour.rdStartRate；0 表示各行业相同，1 表示与研发企业占比成正比。",
                Unit = "elasticity", Valid = ValueRange.Closed(0, 3), Advisory = ValueRange.Closed(0, 2),
                Description = "How far R&D starts lean towards the sectors where R&D is already common: a sector's start chance is proportional to "
                    + "its performer share to this power, their mean over all firms doing no R&D staying behaviour.rdStartRate; 0 gives every "
                    + "sector the same chance, 1 a chance proportional to its share of performers.",
                Reference = "In 2008 the share of firms with R&D ranged from under 1% in trade and services to 10% in integrated circuits "
                    + "(the national preset's drawn shares; China Statistical Yearbook tables of industrial enterprises' R&D by industry); "
                    + "a calibration assumption (docs/model.md §4 step 13).",
            },
            // By year, as the rate is: the starters after 2015 (the filing reform, the SME deduction) started small.
            Define.Number("behaviour.rdStartIntensityScale", new YearPolicy(), x => x.RdStartIntensityScale, (x, v) => x with { RdStartIntensityScale = v }) with
            {
                DescriptionZh = "开始研发的企业（behaviour.rdStartRate）的潜在研发强度，为其所在行业研发企业中位数的倍数（离散程度与初始抽取的研发企业相同）；小于1表示研发从小规模起步。",
                Unit = "multiple of the sector's performer median", Valid = ValueRange.Closed(0.001, 10), Advisory = ValueRange.Closed(0.05, 1.5),
                Description = "The latent R&D intensity of a firm that starts R&D (behaviour.rdStartRate), as a multiple of its sector's performer "
                    + "median (spread as for drawn performers); below 1, R&D programmes start small.",
                Reference = "China's deduction claimants rose from 53,000 (2015) to 339,000 (2019) while enterprise R&D rose 56% (targets file): "
                    + "the new claimants' R&D is small; a calibration assumption (docs/model.md §4 step 13).",
            },
        ];
    }
}
