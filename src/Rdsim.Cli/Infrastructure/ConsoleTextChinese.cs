namespace Rdsim.Cli.Infrastructure;

/// <summary>The terminal's words in Simplified Chinese (<c>--lang zh</c>), in the terms of docs/glossary-zh.md.</summary>
internal static class ConsoleTextChinese
{
    /// <summary>The texts.</summary>
    public static ConsoleText Text { get; } = new()
    {
        IsChinese = true,
        RunColumns = ["年份", "实际研发", "无激励研发", "带动研发", "申报研发", "税收减免", "税式支出", "每元撬动", "高企数", "加计扣除企业数"],
        CreditUsers = "抵免企业数",
        MeanOver = "{0}次重复模拟的均值 · {1}",
        Cumulative = "模拟期累计 · {0} · 各次重复模拟的均值",
        SweepTitle = "模拟期累计 · {0} · 各次重复模拟的均值 · * = 非劣组合",
        CompareColumns = ["情景", "带动的实际研发", "税式支出", "每元撬动", "归集不实比例", "无效激励占比", "高企数（末年）", "加计扣除企业数（末年）"],
        SensitivityColumns = ["指标", "基准运行", "最低", "最高", "影响最大的参数"],
        SweepColumns = ["组合", "带动的实际研发", "税式支出", "每元撬动"],
        Running = "{0}：{1}，{2}–{3}年（另有{4}年预热），{5}次重复模拟，模拟引擎 {6}。",
        Firms = "{0:N0}家企业",
        FirmsWithEntrants = "{0:N0}家企业（其中{1:N0}家在{2}年之后进入）",
        Progress = "{0}：第{1}次重复模拟，{2}年已完成，进度{3:P0}，{4}，剩余{5}",
        Rate = "每秒{0:F2}百万企业年度",
        Seconds = "{0:F0}秒",
        Writing = "正在把结果写入 {0}/ …",
        RunResults = "结果在 {0}/（{1}）。结果指纹 {2}。",
        DrawingCharts = "正在绘制图表：{0}/ …",
        ChartsIn = "{0}张图表在 {1}/，",
        BriefIn = "简报在 {0}；{1}",
        Printing = "正在生成 {0} …",
        Comparing = "正在对比{0}个情景：随机种子 {1}，{2}次重复模拟{3}。",
        OnReference = "，使用参照引擎（进程内循环，结果与 Orleans 引擎逐位一致；加 --cluster 可在集群上运行）",
        OnCluster = "，在集群 {0} 上运行",
        InFlight = "在集群的{1}个 silo 上最多同时运行{0}个模拟。",
        CompareResults = "结果在 {0}/（每个情景一个运行目录，{1}）。",
        ComparisonBrief = "对比简报在 {0}；{1}",
        SensitivityOf = "{0}对{1}个参数的敏感性分析：共运行{2}次，随机种子 {3}，{4}次重复模拟{5}。",
        SensitivityRuns = "敏感性分析：另需运行{0}次，每次只把一个参数设在其取值范围的一端，企业和冲击与基准运行相同。",
        CompareSensitivityRuns = "敏感性分析：另需运行{0}次，每个情景每次只把一个参数设在其取值范围的一端，企业和冲击与对比相同。",
        ResultsIn = "结果在 {0}/（{1}）。",
        Sweep = "{0}的参数扫描：{1}个组合 × {2}次重复模拟{3}{4}",
        SweepLeft = "；已完成{0}个，待运行{1}个。",
        SweepStopped = "已停止（Ctrl+C）：{1}个组合中已完成{0}个（保存在 {2}/）。",
        SweepResume = "运行其余组合：{0}",
        PdfWritten = "已用 {0} 生成 brief.pdf。",
        PdfNoBrowser = "未生成 brief.pdf：未安装 {0}（apt-get install chromium）。",
        PdfTimedOut = "未生成 brief.pdf：Chromium 未能在{0:F0}秒内打印页面。",
        PdfFailed = "未生成 brief.pdf：Chromium 未能打印页面。",
    };
}
