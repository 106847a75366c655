namespace Rdsim.Reporting.Workbook;

/// <summary>The comparison's and the sensitivity analysis's workbooks in Simplified Chinese, in the terms of docs/glossary-zh.md.</summary>
internal static class WorkbookTextChinese
{
    /// <summary>The texts.</summary>
    public static WorkbookText Text { get; } = new()
    {
        SummarySheet = "摘要",
        DifferencesSheet = "与基准情景的差异",
        ReformSensitivitySheet = "改革方案的敏感性",
        SensitivitySheet = "敏感性分析",
        SummaryHeader = ["项目", "数值", "单位"],
        Items = new Dictionary<string, string>
        {
            ["compared"] = "对比内容（各情景使用同一批企业和相同冲击）",
            ["baseline"] = "基准情景",
            ["scenario"] = "情景{0}",
            ["years"] = "报告年份",
            ["replicates"] = "重复模拟次数",
            ["replicatesUnit"] = "同一批企业的不同冲击路径",
            ["seed"] = "随机种子",
            ["seedUnit"] = "以文本保存，保留全部位数",
            ["engine"] = "模拟引擎",
            ["tool"] = "工具版本",
            ["fingerprint"] = "结果指纹：{0}",
            ["totals"] = "{0}累计（各次重复模拟的均值）",
            ["differences"] = "与基准情景相比，{0}累计",
            ["marginal"] = "边际撬动效应",
            ["analysis"] = "变动的参数（每次只变动一个参数，企业和冲击与基准运行相同）",
            ["base"] = "基准情景",
            ["scenarioFile"] = "情景文件",
            ["varied"] = "变动参数",
            ["command"] = "复现命令",
            ["baseRun"] = "基准运行的累计结果（各次重复模拟的均值）",
            ["band"] = "各变动参数下的最低值与最高值",
        },
        Labels = new Dictionary<string, string>
        {
            ["scenario"] = "情景", ["baseline"] = "基准情景", ["year"] = "年份", ["metric"] = "指标", ["unit"] = "单位",
            ["value"] = "数值", ["baseline_value"] = "基准情景数值", ["difference"] = "差异",
            ["parameter"] = "参数", ["end"] = "取值端", ["result_fingerprint"] = "结果指纹", ["baseline_result_fingerprint"] = "基准情景结果指纹",
            ["cum_induced_real_rd"] = "累计带动的实际研发", ["cum_revenue_forgone"] = "累计税式支出", ["cum_bang_for_buck"] = "累计每元撬动",
            ["cum_induced_relabeled_share"] = "带动研发中的归集不实比例", ["relabelled_share"] = "归集不实比例", ["deadweight_share"] = "无效激励占比",
            ["hnte_firms_last_year"] = "高企数（末年）", ["claimants_last_year"] = "加计扣除企业数（末年）",
            ["delta_cum_bang_for_buck"] = "累计每元撬动的变化", ["delta_cum_induced_real_rd"] = "累计带动的实际研发的变化",
            ["delta_cum_revenue_forgone"] = "累计税式支出的变化", ["delta_cum_induced_relabeled_share"] = "归集不实比例的变化",
            ["marginal_bang_for_buck"] = "边际撬动效应", ["delta_hnte_firms_last_year"] = "高企数的变化（末年）",
            ["delta_claimants_last_year"] = "加计扣除企业数的变化（末年）", ["baseline_cum_bang_for_buck"] = "基准情景累计每元撬动",
        },
        Units = new Dictionary<string, string>
        {
            ["mn CNY"] = "百万元", ["fraction"] = "比例", ["CNY per CNY"] = "元/元", ["firms"] = "家", ["year"] = "年",
            ["as the parameter"] = "同参数单位", ["SHA-256"] = "SHA-256",
        },
        UnitPattern = "{0}（{1}）",
        RoundingNote = "数值按单元格格式四舍五入显示；每个单元格保存与本工作簿同目录的CSV文件中的完整数值。",
    };
}
