namespace Rdsim.Scenarios.Registry;

/// <summary>The <c>simulation.*</c> parameters: years, warm-up, seed and replications (never year-keyed).</summary>
internal static class SimulationEntries
{
    /// <summary>The entries, in registry order.</summary>
    public static IEnumerable<ParameterDefinition> All() =>
    [
        Define.Setting("simulation.firstYear", ParameterKind.Integer, 2008L) with
        {
            DescriptionZh = "首个报告年份。",
            Unit = "year",
            Valid = ValueRange.Closed(1900, 2200),
            Advisory = ValueRange.Closed(1990, 2050),
            Description = "First reported year.",
            Reference = "EIT Law of the PRC (2007), in force 1 January 2008: the start of the current regime.",
        },
        Define.Setting("simulation.lastYear", ParameterKind.Integer, 2024L) with
        {
            DescriptionZh = "最后一个报告年份；不得早于 simulation.firstYear。",
            Unit = "year",
            Valid = ValueRange.Closed(1900, 2200),
            Advisory = ValueRange.Closed(1990, 2050),
            Description = "Last reported year; not before simulation.firstYear.",
            Reference = "Latest year with published policy (docs/model.md §1).",
        },
        Define.Setting("simulation.warmupYears", ParameterKind.Integer, 5L) with
        {
            DescriptionZh = "首个报告年份之前按首年政策模拟的预热年数。",
            Unit = "years",
            Valid = ValueRange.Closed(0, 100),
            Advisory = ValueRange.Closed(3, 20),
            Description = "Years simulated under the first year's policy before the first reported year.",
            Reference = "docs/model.md §4 (warm-up); about 1/λ years close most of the gap to desired R&D.",
        },
        Define.Setting("simulation.seed", ParameterKind.Integer, 1L) with
        {
            DescriptionZh = "本次运行的随机种子（0 至 2^53 − 1，使 JSON 保留全部位数；电子表格只保留15位有效数字，因此 results.xlsx 以文本保存种子）；企业特征和冲击均由它决定。",
            Unit = "seed",
            Valid = ValueRange.Closed(0, 9_007_199_254_740_991),
            Description = "The run's seed (0 to 2^53 − 1, so that JSON keeps every digit; a spreadsheet keeps 15 significant digits, so results.xlsx holds seeds as text); traits and shocks are keyed by it.",
            Reference = "docs/model.md §4: keyed random draws (run seed, firm id, year, purpose).",
        },
        Define.Setting("simulation.replications", ParameterKind.Integer, 1L) with
        {
            DescriptionZh = "重复模拟次数：同一企业总体下相互独立的冲击路径数。",
            Unit = "runs",
            Valid = ValueRange.Closed(1, 10_000),
            Advisory = ValueRange.Closed(1, 100),
            Description = "Number of replicates: independent shock paths over the same population.",
            Reference = "Standard Monte Carlo practice; docs/model.md §5 (per-replicate results).",
        },
    ];
}
