using Rdsim.Model.Policy;

namespace Rdsim.Scenarios.Registry;

/// <summary>
/// The HNTE R&amp;D-intensity test as parameters: <c>hnte.intensityBands</c> picks a preset (a rule set of law) and
/// <c>hnte.bandEdges</c>, <c>hnte.bandThresholds</c> and <c>hnte.edgeInLowerBand</c> replace its parts in the years
/// they are set (unset, the default, means the preset's). They are listed, and so applied, in that order: the
/// preset first, then each part, so that a single <c>true</c> or <c>false</c> edge rule applies to the edges in force.
/// </summary>
internal static class IntensityBandEntries
{
    /// <summary>The presets by name, as a scenario writes them, in documentation order.</summary>
    private static readonly (string Name, IntensityBands Bands)[] Presets =
    [
        ("rules2008", IntensityBands.Rules2008),
        ("rules2016", IntensityBands.Rules2016),
        ("rulesPre2008", IntensityBands.RulesPre2008),
    ];

    /// <summary>The entries, in registry order.</summary>
    public static IEnumerable<ParameterDefinition> All(YearPolicy defaults) =>
    [
        Define.Policy("hnte.intensityBands", ParameterKind.RuleSet, Presets.Single(p => ReferenceEquals(p.Bands, defaults.IntensityBands)).Name,
            (x, v) => x with { IntensityBands = Presets.Single(p => p.Name == (string)v!).Bands }) with
        {
            DescriptionZh = "按销售收入分档的近三个会计年度研发费用占销售收入比例的最低要求（预设规则）：rules2008（6%/4%/3%）、rules2016（5%/4%/3%）、rulesPre2008（5%）；设置 hnte.bandEdges、hnte.bandThresholds 和 hnte.edgeInLowerBand 时替换其相应部分。",
            Unit = "rule set",
            Choices = Presets.Select(p => p.Name).ToArray(),
            Description = "Minimum 3-year R&D intensity by revenue band, a preset: rules2008 (6/4/3%), rules2016 (5/4/3%), rulesPre2008 (5%). "
                + "hnte.bandEdges, hnte.bandThresholds and hnte.edgeInLowerBand replace its parts where set.",
            Reference = "Guokefahuo [2008] 172 art. 10(4); Guokefahuo [2016] 32 art. 11(5); Guokefahuo [2000] 324.",
        },
        Define.Policy("hnte.bandEdges", ParameterKind.NumberList, null, (x, v) => v is double[] edges ? With(x, b => b with { Edges = edges }) : x) with
        {
            DescriptionZh = "研发强度各档的销售收入上限，按升序排列（n 个界限分为 n + 1 档）；未设置时采用预设规则的界限。改变档数时须相应设置 hnte.bandThresholds 和 hnte.edgeInLowerBand。",
            Unit = "mn CNY of revenue",
            Valid = ValueRange.Above(0),
            Advisory = ValueRange.Closed(5, 2000),
            Ascending = true,
            Description = "Upper revenue edges of the intensity bands, ascending (n edges make n + 1 bands); unset: the preset's. "
                + "Changing how many there are needs hnte.bandThresholds and hnte.edgeInLowerBand to match.",
            Reference = "Guokefahuo [2008] 172 art. 10(4) and Guokefahuo [2016] 32 art. 11(5): 50 and 200 mn CNY (5,000万元, 2亿元); Guokefahuo [2000] 324: none (one band).",
        },
        Define.Policy("hnte.bandThresholds", ParameterKind.NumberList, null, (x, v) => v is double[] thresholds ? With(x, b => b with { Thresholds = thresholds }) : x) with
        {
            DescriptionZh = "各档近三年研发强度的最低要求，从收入最低的一档开始，每档一个（界限数加一）；未设置时采用预设规则；例如 [0.02, 0.04, 0.03] 把小型企业的要求降为2%。",
            Unit = "share of revenue",
            Valid = ValueRange.Open(0, 1),
            Advisory = ValueRange.Closed(0.01, 0.1),
            Description = "Minimum 3-year R&D intensity of each band, lowest revenue first, one per band (edges + 1); unset: the preset's. "
                + "[0.02, 0.04, 0.03] makes it 2% for small firms.",
            Reference = "Guokefahuo [2008] 172 art. 10(4): 6/4/3%; Guokefahuo [2016] 32 art. 11(5): 5/4/3%; Guokefahuo [2000] 324: 5%.",
        },
        Define.Policy("hnte.edgeInLowerBand", ParameterKind.FlagList, null, EdgeRule) with
        {
            DescriptionZh = "销售收入恰好等于分档界限时是否归入较低一档：每个界限一个开关，或用一个 true 或 false 适用于全部界限；未设置时采用预设规则。",
            Unit = "flag per edge",
            Description = "Whether a revenue exactly at a band edge is in the band below: one flag per edge, or a single true or false for every edge; unset: the preset's.",
            Reference = "Guokefahuo [2008] 172 art. 10(4): [false, true] (\"below 50 mn\", \"50 to 200 mn\"); Guokefahuo [2016] 32 art. 11(5): [true, true] (\"50 mn (inclusive)\", \"200 mn (inclusive)\").",
        },
    ];

    private static YearPolicy With(YearPolicy policy, Func<IntensityBands, IntensityBands> change) =>
        policy with { IntensityBands = change(policy.IntensityBands) };

    private static YearPolicy EdgeRule(YearPolicy policy, object? value) => value switch
    {
        bool every => With(policy, b => b with { EdgeInLowerBand = Enumerable.Repeat(every, b.Edges.Count).ToArray() }),
        bool[] each => With(policy, b => b with { EdgeInLowerBand = each }),
        _ => policy,
    };
}
