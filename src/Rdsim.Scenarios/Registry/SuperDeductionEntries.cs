using Rdsim.Model.Firms;
using Rdsim.Model.Policy;

namespace Rdsim.Scenarios.Registry;

/// <summary>The <c>superDeduction.*</c> parameters: the R&amp;D super-deduction (研发费用加计扣除), year-keyed.</summary>
internal static class SuperDeductionEntries
{
    /// <summary>
    /// The negative list of Caishui [2015] 119 art. 4: sectors that may not claim the super-deduction. This is
    /// the registry default of <c>superDeduction.excludedSectors</c> (the model record's own default is an empty list).
    /// </summary>
    public static IReadOnlyList<string> NegativeList2015 { get; } =
        ["tobacco", "wholesaleRetail", "realEstate", "accommodationCatering", "leasingBusinessServices", "entertainment"];

    /// <summary>
    /// Plausible extra rates: up to 120%, the highest in Chinese law (Caishui [2023] 44). Above it a value is
    /// more likely a whole deduction ("150%" as 1.5) than an extra rate, which is what the warning says.
    /// </summary>
    private static readonly ValueRange ExtraRateAdvisory = ValueRange.Closed(0, 1.2);

    private const string ExtraRateHint = "it is the extra rate: 0.5 means 150%, 1.0 means 200%";

    private const string ExtraRateHintZh = "这里填的是加计扣除的比例：0.5 即按150%扣除，1.0 即按200%扣除";

    /// <summary>The entries, in registry order.</summary>
    public static IEnumerable<ParameterDefinition> All()
    {
        var p = new YearPolicy();
        IEnumerable<ParameterDefinition> head =
        [
            Define.Flag("superDeduction.enabled", p, x => x.SuperDeductionEnabled, (x, v) => x with { SuperDeductionEnabled = v }) with
            {
                DescriptionZh = "是否实行研发费用加计扣除政策。",
                Unit = "flag",
                Description = "Whether the R&D super-deduction exists.",
                Reference = "EIT Law 2008 art. 30(1); EIT Implementation Regulations 2007 art. 95.",
            },
            Define.Number("superDeduction.extraRate", p, x => x.ExtraRate, (x, v) => x with { ExtraRate = v }) with
            {
                DescriptionZh = "可加计扣除的研发费用在据实扣除之外再从应纳税所得额中扣除的比例（0.5 即“按150%税前扣除”）。",
                Unit = "share of qualifying R&D",
                Valid = ValueRange.Closed(0, 5),
                Advisory = ExtraRateAdvisory,
                AdvisoryHint = ExtraRateHint,
                AdvisoryHintZh = ExtraRateHintZh,
                Description = "Extra share of qualifying R&D deducted from taxable income (0.5 = \"150%\").",
                Reference = "EIT Implementation Regulations art. 95 (50%); Caishui [2018] 99 (75%); Caishui [2023] 7 (100%).",
            },
        ];
        var groups = new[] { Sectors.ManufacturingGroup }.Concat(Sectors.All.Select(s => s.Key));
        IEnumerable<ParameterDefinition> tail =
        [
            Define.Policy("superDeduction.excludedSectors", ParameterKind.SectorList, NegativeList2015, (x, v) => x with { ExcludedSectors = Excluded(v) }) with
            {
                DescriptionZh = "负面清单：不适用研发费用加计扣除政策的行业。",
                Unit = "sector keys",
                Description = "Negative list: sectors whose firms may not claim the super-deduction.",
                Reference = "Caishui [2015] 119 art. 4: tobacco, accommodation & catering, wholesale & retail, real estate, leasing & business services, entertainment.",
            },
            Define.Number("superDeduction.qualifyingShare", p, x => x.QualifyingShare, (x, v) => x with { QualifyingShare = v }) with
            {
                DescriptionZh = "申报的研发费用中可以加计扣除的比例（加计扣除的费用范围可能窄于申报的研发费用）；1 表示每一元都可以加计扣除。",
                Unit = "share of reported R&D",
                Valid = ValueRange.Closed(0, 1),
                Advisory = ValueRange.Closed(0.3, 1),
                Description = "Share of reported R&D that qualifies for the extra deduction (the deduction's eligible-expense list can be narrower than reported R&D); 1 makes every yuan qualify.",
                Reference = "Guoshuifa [2008] 116 art. 3–4 (eligible activities and expense items until 2015); broadened by Caishui [2015] 119 from 2016. "
                    + "Ningbo 2013: the R&D claimed (2 × 29.55亿) was 34% of enterprises' S&T spending (173.9亿), which is broader than R&D: "
                    + "a lower bound for the share when the model's R&D is at its observed level.",
            },
            Define.Number("superDeduction.claimCost", p, x => x.ClaimCost, (x, v) => x with { ClaimCost = v }) with
            {
                DescriptionZh = "享受加计扣除每年的固定合规成本；收益低于该成本的小规模研发企业不申报享受。",
                Unit = "mn CNY per year",
                Valid = ValueRange.Closed(0, 100),
                Advisory = ValueRange.Closed(0, 0.2),
                Description = "Fixed yearly compliance cost of claiming; small performers do not claim when the benefit is below it.",
                Reference = "Calibration assumption (docs/model.md §1); bookkeeping of R&D auxiliary accounts, Caishui [2015] 119 art. 2.",
            },
        ];
        return head.Concat(groups.Select(SectorRate)).Concat(tail);
    }

    private static ParameterDefinition SectorRate(string key)
    {
        var ids = Sectors.Select(key).Select(s => s.Id).ToArray();
        var label = key == Sectors.ManufacturingGroup ? "every manufacturing sector" : Sectors.Find(key)!.NameEn;
        return Define.Policy($"superDeduction.sectorExtraRate.{key}", ParameterKind.SectorNumber, null, (x, v) => Override(x, ids, v)) with
        {
            Unit = "share of qualifying R&D",
            Valid = ValueRange.Closed(0, 5),
            Advisory = ExtraRateAdvisory,
            AdvisoryHint = ExtraRateHint,
            AdvisoryHintZh = ExtraRateHintZh,
            Description = $"Extra deduction rate for {label}, replacing superDeduction.extraRate where set" +
                (key == Sectors.ManufacturingGroup ? "; a specific sector's entry wins." : "."),
            DescriptionZh = key == Sectors.ManufacturingGroup
                ? "全部制造业企业适用的加计扣除比例，设置时替代 superDeduction.extraRate；具体行业另有设置的，以该行业的为准。"
                : $"{Sectors.Find(key)!.NameZh}企业适用的加计扣除比例，设置时替代 superDeduction.extraRate。",
            Reference = key == Sectors.ManufacturingGroup
                ? "Caishui [2021] 13: manufacturing 100% from 2021."
                : "Caishui [2023] 44: integrated-circuit and machine-tool firms 120%, 2023–2027.",
        };
    }

    private static YearPolicy Override(YearPolicy policy, int[] ids, object? value)
    {
        if (value is not double rate) return policy;
        var rates = policy.SectorExtraRate.ToArray();
        foreach (var id in ids) rates[id] = rate;
        return policy with { SectorExtraRate = rates };
    }

    private static bool[] Excluded(object? value)
    {
        var excluded = new bool[Sectors.Count];
        foreach (var key in (IReadOnlyList<string>)value!)
        {
            foreach (var sector in Sectors.Select(key)) excluded[sector.Id] = true;
        }
        return excluded;
    }
}
