using Rdsim.Reporting.Charts;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// The words of the terminal tables (run, compare, sensitivity, sweep) in one language (<c>--lang</c>). The CSV files keep
/// their English column names and descriptions whatever the language: they are read by programs, and must not change.
/// </summary>
public sealed record ConsoleText
{
    /// <summary>The run table's columns: year, real R&amp;D, without incentives, induced, reported, relief, forgone, bang for the buck, HNTE firms, claimants.</summary>
    public required IReadOnlyList<string> RunColumns { get; init; }

    /// <summary>The run table's column of credit users (shown when there is a credit).</summary>
    public required string CreditUsers { get; init; }

    /// <summary>The run table's title over several replicates: {0} how many, {1} the money unit.</summary>
    public required string MeanOver { get; init; }

    /// <summary>The title of the cumulative tables (compare, sensitivity): {0} the money unit.</summary>
    public required string Cumulative { get; init; }

    /// <summary>The sweep table's title: {0} the money unit.</summary>
    public required string SweepTitle { get; init; }

    /// <summary>The compare table's columns: scenario, induced real R&amp;D, forgone, bang for the buck, relabelled, deadweight, HNTE firms and claimants in the last year.</summary>
    public required IReadOnlyList<string> CompareColumns { get; init; }

    /// <summary>The sensitivity table's columns: metric, base run, lowest, highest, moved most by.</summary>
    public required IReadOnlyList<string> SensitivityColumns { get; init; }

    /// <summary>The sweep table's columns: point, then (after the swept parameters) induced real R&amp;D, forgone, bang for the buck.</summary>
    public required IReadOnlyList<string> SweepColumns { get; init; }

    /// <summary>English.</summary>
    public static ConsoleText English { get; } = new()
    {
        RunColumns = ["year", "real R&D", "no-incentive", "induced", "reported", "relief", "forgone", "bang/buck", "HNTEs", "claimants"],
        CreditUsers = "credit users",
        MeanOver = "Mean over {0} replicates · {1}",
        Cumulative = "Cumulative over the run · {0} · mean over replicates",
        SweepTitle = "Cumulative over the run · {0} · mean over replicates · * = not dominated",
        CompareColumns = ["scenario", "induced real R&D", "revenue forgone", "bang/buck", "relabelled", "deadweight", "HNTEs (last yr)", "claimants (last yr)"],
        SensitivityColumns = ["metric", "base run", "lowest", "highest", "moved most by"],
        SweepColumns = ["point", "induced real R&D", "revenue forgone", "bang/buck"],
    };

    /// <summary>Simplified Chinese, in the terms of docs/glossary-zh.md.</summary>
    public static ConsoleText Chinese { get; } = new()
    {
        RunColumns = ["年份", "实际研发", "无激励研发", "带动研发", "申报研发", "税收减免", "税式支出", "每元撬动", "高企数", "加计扣除企业数"],
        CreditUsers = "抵免企业数",
        MeanOver = "{0}次重复模拟的均值 · {1}",
        Cumulative = "模拟期累计 · {0} · 各次重复模拟的均值",
        SweepTitle = "模拟期累计 · {0} · 各次重复模拟的均值 · * = 非劣组合",
        CompareColumns = ["情景", "带动的实际研发", "税式支出", "每元撬动", "归集不实比例", "无效激励占比", "高企数（末年）", "加计扣除企业数（末年）"],
        SensitivityColumns = ["指标", "基准运行", "最低", "最高", "影响最大的参数"],
        SweepColumns = ["组合", "带动的实际研发", "税式支出", "每元撬动"],
    };

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static ConsoleText For(ChartLanguage language) => language == ChartLanguage.Zh ? Chinese : English;
}
