namespace Rdsim.Reporting.Charts;

/// <summary>Chart and brief texts in Simplified Chinese (简体中文).</summary>
public static class ChartTextChinese
{
    /// <summary>The texts.</summary>
    public static ChartText Text { get; } = new()
    {
        Year = "年份",
        Money = "百万元",
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
        BangForBuck = "每元减税带动的研发",
        BangAxis = "每元税收损失带动的实际研发（元）",
        ThisYear = "当年",
        Cumulative = "累计",
        BreakEven = "盈亏平衡：每元税收损失带动1元研发",
        OpenBin = "开口组：强度不低于{0}%的全部企业（非0.1个百分点的组）",
        Scenarios = "{0}个情景，基准：{1}",
        CompareRealRd = "各情景的实际研发支出",
        CompareBang = "各情景的累计减税带动效应",
        InducedRd = "累计带动的实际研发（百万元）",
        Forgone = "累计税收损失（百万元）",
        Frontier = "税收损失与带动研发的权衡",
        Points = "参数组合",
        NotDominated = "非劣组合",
        Headline = "激励政策的效果",
        Charts = "图表",
        Assumptions = "模型假设",
        Parameters = "参数",
        Reproduce = "复现结果",
        RelabelledShare = "新增申报研发中的虚报比例",
        DeadweightShare = "减免中的无谓损失比例",
    };
}
