namespace Rdsim.Reporting.Brief;

/// <summary>The run brief's sentences in Simplified Chinese (简体中文), in the terms of docs/glossary-zh.md.</summary>
internal static class BriefTextChinese
{
    /// <summary>The registry's units in Chinese; a unit not listed is shown as it is.</summary>
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["year"] = "年份", ["years"] = "年", ["seed"] = "随机种子", ["runs"] = "次", ["firms"] = "家企业",
        ["enterprises per firm"] = "每家模拟企业代表的企业数", ["share of firms per year"] = "每年占企业数的比例", ["share of each year's entrants"] = "占每年新进入企业的比例",
        ["probability per year"] = "每年概率", ["probability per failed year"] = "每个不达标年份的概率", ["probability"] = "概率", ["probability per invention patent"] = "每件发明专利的概率",
        ["mn CNY"] = "百万元", ["mn CNY per year"] = "百万元/年", ["mn CNY of revenue"] = "百万元收入",
        ["share"] = "比例", ["share of revenue"] = "占收入比例", ["share of firms"] = "占企业数比例", ["share of employees"] = "占职工比例",
        ["share of patents"] = "占专利比例", ["patents per unit K^elasticity"] = "每单位K^弹性的专利数", ["share of taxable income"] = "占应纳税所得额比例", ["share of reported R&D"] = "占申报研发费用比例",
        ["share of qualifying R&D"] = "占可加计扣除研发费用比例", ["share of reported R&D above base"] = "超过基数部分的申报研发费用比例",
        ["share per year"] = "每年比例", ["share of gap per year"] = "每年弥合差距的比例", ["rate per year"] = "年利率",
        ["log points"] = "对数点", ["probit points"] = "概率单位（probit）", ["log points per year"] = "对数点/年", ["log-odds per year"] = "对数几率/年",
        ["log-odds per log point of knowledge"] = "知识存量每增加1个对数点的对数几率", ["elasticity"] = "弹性", ["elasticity (0 = off)"] = "弹性（0为关闭）",
        ["correlation"] = "相关系数", ["flag"] = "开关", ["flag per edge"] = "每个门槛一个开关", ["sector keys"] = "行业代码", ["rule set"] = "规则集",
        ["path"] = "文件路径", ["multiple of the sector's performer median"] = "所在行业研发企业中位数的倍数", ["per unit of relabelled share of revenue"] = "归集不实部分每占收入一个单位", ["CNY per CNY relabelled"] = "每元归集不实费用的成本（元）",
    };

    /// <summary>The texts.</summary>
    public static BriefText Text { get; } = new()
    {
        HeadlineNote = "{0}家模拟企业，{1}次重复模拟；金额单位为{unit}，各次重复模拟取平均。"
            + "带动的研发 = 有激励政策时的研发减去同一批企业在相同冲击下无激励政策时的研发（反事实）。"
            + "税式支出 = 无激励政策时征收的税款减去有激励政策时征收的税款：既包括税收减免本身，也包括企业因增加研发支出（费用化）而减少的利润所对应的税款，"
            + "因此通常大于减免额；每元税收优惠撬动的研发投入 = 带动的实际研发 ÷ 税式支出。",
        Assumptions =
        [
            "每家企业根据研发的税前使用成本（B指数）决定研发投入：意愿研发投入与B^(−ε)成正比，每年弥合实际与意愿研发投入之间差距的λ部分。",
            "企业可能把普通费用归集为研发费用（研发费用归集不实），其预期稽查成本随归集不实部分占收入的比例上升。",
            "除研发强度以外已满足高新技术企业其他认定条件的企业，若优惠税率带来的收益超过成本，会把申报的研发强度提高到认定门槛（门槛处聚集）。",
            "每元加计扣除的价值为τ·s（按企业自身适用的税率）：对高新技术企业较低，因此降低高新技术企业税率也会减弱加计扣除的激励。"
                + "没有应纳税所得额的企业当期不能节税：每元扣除或抵免的价值，是以后年度用结转的亏损（或抵免额）抵减所得时节省的税款（经贴现）；结转期满前未能使用则为零。",
            "税收减免按政策工具分项计算：先按标准税率计算加计扣除，再计算高新技术企业优惠税率，最后计算税收抵免。",
            "反事实情形让同一批企业在相同的随机抽样下运行，但取消全部激励政策；带动的研发、税式支出和无效激励均为两种情形之差。",
        ],
        Population = "企业总体：{0}；随机种子：{1}；模拟引擎：{2}；工具版本：{3}。",
        ParameterColumns = ["参数", "取值", "单位", "设定位置"],
        ParameterIntro = "本次运行使用的参数取值（随年份变化的按年份列出）：在情景文件中设定的注明文件和行号，其余取参数说明中的默认值。未设定的覆盖项不列出。"
            + "各参数的含义见附录；每个参数的文件完整路径和行号、含义及出处见 {0}（工作表“{1}”）和 manifest.json。",
        ParameterGroups = ["税收政策", "企业行为与市场", "模拟设定与企业总体"],
        DefaultOrigin = "默认值",
        SectorTraits = "行业特征",
        SectorTables = ["规模与增长", "利润、研发与专利", "高新技术企业认定条件"],
        SectorColumn = "行业",
        TraitLabels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["share"] = "企业占比", ["revenueMedian"] = "收入中位数", ["revenueLogSd"] = "收入对数标准差", ["revenueMin"] = "收入下限",
            ["revenueMax"] = "收入上限", ["growthDrift"] = "收入增长率均值", ["growthSd"] = "收入增长率标准差", ["marginMean"] = "利润率均值",
            ["marginSd"] = "利润率标准差", ["rdPerformerShare"] = "研发企业比例", ["intensityMedian"] = "潜在研发强度中位数",
            ["intensityLogSd"] = "研发强度对数标准差", ["patentScale"] = "专利规模系数", ["inventionShare"] = "发明专利占比",
            ["highTechShareMedian"] = "高新技术产品收入占比中位数", ["highTechShareSpread"] = "高新技术产品收入占比离散程度",
            ["highTechIndustryShare"] = "高新技术产业企业比例", ["rdStaffShareMedian"] = "研发人员占比中位数", ["coreIpProbability"] = "拥有核心知识产权的概率",
        },
        SectorNote = "每个单元格对应参数 {0}，各特征的参数名见附录。斜体数值为默认值，其余在 {1} 中设定。",
        Appendix = "附录：参数的含义",
        AppendixNote = "每个参数列一次（行业特征对所有行业只列一次），附单位和含义。",
        Meaning = d => d?.DescriptionZh ?? "",
        ShowsReference = false,
        ReferenceLabel = "出处：",
        SameReference = "出处同 {0}。",
        ParameterNote = "各参数的出处（政策文件、文献）见 {0} 的工作表“{1}”、命令 rdsim params 或 docs/parameters.md（英文）。",
        Fingerprint = "结果指纹 {0} · 情景哈希 {1}",
        Altered = "警告：本文件夹在 rdsim 写入后被改动过。",
        AlteredNote = "以下数字可能不是结果指纹为 {0} 的那次运行的结果。",
        ParameterUnit = unit => Units.GetValueOrDefault(unit, unit),
    };
}
