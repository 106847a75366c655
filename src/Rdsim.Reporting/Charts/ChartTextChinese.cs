namespace Rdsim.Reporting.Charts;

/// <summary>Chart and brief texts in Simplified Chinese (简体中文).</summary>
internal static class ChartTextChinese
{
    /// <summary>The texts.</summary>
    public static ChartText Text { get; } = new()
    {
        Year = "年份",
        Money = "{unit}",
        Band = "各次重复模拟的5–95%区间",
        RdOverTime = "实际与申报研发支出",
        RealRd = "实际研发支出",
        ReportedRd = "申报研发支出",
        RealRdWithout = "无激励情形下的实际研发支出",
        Relief = "分政策工具的税收减免",
        ReliefSuperDeduction = "研发费用加计扣除",
        ReliefHnte = "高新技术企业优惠税率",
        ReliefCredit = "研发税收抵免",
        FirmCounts = "高新技术企业与加计扣除企业数量",
        Firms = "企业数",
        HnteFirms = "高新技术企业",
        Claimants = "享受加计扣除的企业",
        Histogram = "{0}年有研发企业的当年申报研发强度分布",
        Intensity = "当年申报研发费用占收入比例（%）",
        WithIncentives = "有激励政策",
        WithoutIncentives = "无激励政策",
        Threshold = "高企认定门槛：{0}%",
        BangForBuck = "每元税收优惠撬动的研发投入",
        BangAxis = "每元税式支出撬动的实际研发投入（元）",
        ThisYear = "当年",
        Cumulative = "累计",
        BreakEven = "盈亏平衡：每元税式支出撬动1元研发",
        OpenBin = "开口组：强度不低于{0}%的全部企业（非0.1个百分点的组）",
        Scenarios = "{0}个情景，基准：{1}",
        CompareRealRd = "各情景的实际研发支出",
        CompareBang = "各情景每元税收优惠累计撬动的研发投入",
        InducedRd = "累计带动的实际研发（{unit}）",
        Forgone = "累计税式支出（{unit}）",
        Frontier = "税式支出与带动研发的权衡",
        Points = "参数组合",
        NotDominated = "非劣组合",
        Tornado = "{0}的敏感性",
        LowEnd = "参数取区间下限",
        HighEnd = "参数取区间上限",
        BaseRun = "基准运行",
        Sensitivity = "对行为假设的敏感性",
        Lowest = "最低",
        Highest = "最高",
        LargestSwing = "影响最大的参数",
        SensitivityNote = "同一情景在相同企业和相同冲击下（共同随机数）重新运行，每次只将{0}个参数（{1}）之一取其区间的下限或上限。"
            + "最低值和最高值取自这些运行和基准运行，反映结果在多大程度上取决于文献尚无定论的假设；它们不是置信区间，"
            + "图中的阴影带表示各次重复模拟之间的差异。",
        FitStatus = "校准情况",
        NotFitted = "未按实际统计数据校准：各项总量仅用于说明机制，不宜作为估计值引用。",
        Universe = "模拟对象",
        Caveats = "需要注意的局限",
        Represents = "模拟期内共{0}家模拟企业（含新进入企业），代表{2}年的{1}家企业",
        Aside = "{0}（{1}）",
        Label = "{0}：",
        Headline = "激励政策的效果",
        Charts = "图表",
        Assumptions = "模型假设",
        Parameters = "参数",
        Reproduce = "复现结果",
        RelabelledShare = "新增申报研发中归集不实的比例",
        DeadweightShare = "税收减免中的无效激励占比",
        WhoBenefits = "谁从激励政策中受益",
        WhoBenefitsChart = "各类企业获得的减免份额与带动的实际研发份额",
        ShareAxis = "占全部企业模拟期累计总量的比例（%）",
        ReliefShare = "税收减免份额",
        InducedShare = "带动实际研发份额",
        ReliefReceived = "获得的税收减免（{unit}）",
        FirmsIn = "企业数（{0}年）",
        BySector = "行业",
        BySize = "企业规模",
        ByTaxStatus = "无激励时的纳税状况",
        ByRegion = "地区",
        TopRegions = "地区（税收减免最多的{0}个）",
        SizeClassNames = ["微型（收入低于300万元）", "小型（300万–2000万元）", "中型（2000万–4亿元）", "大型（4亿元及以上）"],
        TaxStatusNames = ["应纳税", "不纳税（亏损）"],
        WhoBenefitsNote = "{0}各年合计，各次重复模拟取平均；金额单位为{unit}。带动的实际研发 = 同一组企业在有激励政策时的实际研发减去无激励政策时的实际研发"
            + "（冲击相同）；每元税收优惠撬动的研发投入 = 该组带动的实际研发 ÷ 该组的税式支出。份额以全部企业的合计为分母，每一类别的各组相加为100%；"
            + "若部分企业在激励下研发反而减少，某组的带动份额可能为负或超过100%。企业规模按各情形当年的收入划分（因激励而跨过规模界限的企业随之改变规模组）。"
            + "纳税状况指该企业当年在无激励政策时是否缴纳企业所得税：亏损或所得被以前年度结转亏损抵减即为不纳税；两种情形及各改革方案中的同一企业年度归入同一组。"
            + "地区为企业所在地：模拟企业的地区随企业名称均匀随机抽取，在模型中不影响企业决策，故模拟样本中各地区之间的差异只是抽样差异；"
            + "导入企业名录（population.from，含 region 列）时为名录中的地区。",
    };
}
