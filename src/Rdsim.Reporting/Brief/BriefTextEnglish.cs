namespace Rdsim.Reporting.Brief;

/// <summary>The run brief's sentences in English.</summary>
internal static class BriefTextEnglish
{
    /// <summary>The texts.</summary>
    public static BriefText Text { get; } = new()
    {
        HeadlineNote = "{0} firms, {1} replicate(s); money in {unit}; means over replicates. "
            + "Induced = with incentives minus the no-incentive counterfactual on the same firms and shocks. "
            + "Revenue forgone = tax collected without the incentives minus tax collected with them: the relief, plus the tax on "
            + "the profit firms give up by spending more on R&D (an expense), so it usually exceeds the relief; "
            + "bang for the buck = induced real R&D ÷ revenue forgone.",
        Assumptions =
        [
            "Each firm chooses R&D from its pre-tax user cost (the B-index): desired R&D ∝ B^(−ε), closing a share λ of the gap each year.",
            "Firms may relabel ordinary expenses as R&D, at an expected audit cost rising with the relabelled share of revenue.",
            "A firm meeting the HNTE criteria other than R&D intensity lifts its reported intensity to the threshold when the preferential rate is worth more than the cost (bunching).",
            "The deduction is worth τ·s per yuan at the firm's own rate: less to an HNTE, so a lower HNTE rate also lowers the deduction's pull. "
                + "A firm without taxable income saves nothing now: a yuan of deduction or credit is worth what it saves when a carried loss (or credit) is used against later income, discounted, or nothing if it expires first.",
            "Relief is counted by instrument: the extra deduction at the standard rate, then the HNTE rate cut, then credits.",
            "The counterfactual runs the same firms on the same random draws with every incentive off; induced R&D, revenue forgone and deadweight are differences between the two.",
        ],
        Population = "Population: {0}; seed {1}; engine {2}; tool {3}.",
        ParameterColumns = ["parameter", "value", "unit", "set in"],
        ParameterIntro = "The values this run used, by year where they change: set in the scenario's files (file:line) or left at the registry's default. "
            + "Overrides left unset are not listed. What each parameter means and where it comes from is in the appendix; every parameter, "
            + "with its file's full path and line, meaning and reference, is in {0} (sheet \u201c{1}\u201d) and in manifest.json.",
        ParameterGroups = ["Tax policy", "Behaviour and market", "The run and its population"],
        DefaultOrigin = "default",
        SectorTraits = "Sector traits",
        SectorTables = ["Size and growth", "Profit, R&D and patents", "The HNTE criteria"],
        SectorColumn = "sector",
        TraitLabels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["share"] = "share of firms", ["revenueMedian"] = "revenue median", ["revenueLogSd"] = "revenue log-sd", ["revenueMin"] = "revenue minimum",
            ["revenueMax"] = "revenue maximum", ["growthDrift"] = "growth drift", ["growthSd"] = "growth sd", ["marginMean"] = "margin mean",
            ["marginSd"] = "margin sd", ["rdPerformerShare"] = "R&D performer share", ["intensityMedian"] = "intensity median",
            ["intensityLogSd"] = "intensity log-sd", ["patentScale"] = "patent scale", ["inventionShare"] = "invention share",
            ["highTechShareMedian"] = "high-tech share median", ["highTechShareSpread"] = "high-tech share spread",
            ["highTechIndustryShare"] = "high-tech industry share", ["rdStaffShareMedian"] = "R&D staff share median", ["coreIpProbability"] = "core IP probability",
        },
        SectorNote = "Each cell is {0}; the traits' keys are in the appendix. Values in italics are the registry's defaults; the others are set in {1}.",
        Appendix = "Appendix: what the parameters mean",
        AppendixNote = "Each parameter once (a sector trait once for every sector), with its unit, what it means and the source of its value or default.",
        Meaning = d => d?.Description ?? "",
        ShowsReference = true,
        ReferenceLabel = "Source:",
        SameReference = "Source: as for {0}.",
        ParameterNote = "",
        Fingerprint = "Result fingerprint {0} · scenario hash {1}",
        Altered = "Warning: this folder was changed after rdsim wrote it.",
        AlteredNote = "The numbers below may not be those of the run whose result fingerprint is {0}.",
        ParameterUnit = unit => unit,
    };
}
