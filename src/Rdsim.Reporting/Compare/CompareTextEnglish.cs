namespace Rdsim.Reporting.Compare;

/// <summary>The comparison brief's texts in English.</summary>
internal static class CompareTextEnglish
{
    /// <summary>The texts.</summary>
    public static CompareText Text { get; } = new()
    {
        Title = "{0} against {1}",
        NameSeparator = ", ",
        Lead = "Every scenario ran on the baseline's seed (common random numbers: the same firms and shocks), so each difference is the effect of the policy change alone. Means over replicates; money in {unit}.",
        Summary = "In brief",
        Difference = "{0} minus {1}",
        ParametersDiffer = "What {0} changes",
        Standing = "How far to trust these numbers",
        NoParameterDiffers = "No parameter differs from the baseline.",
        Span = "Years",
        DeltaInduced = "Δ induced real R&D",
        DeltaForgone = "Δ revenue forgone",
        MarginalBang = "Marginal bang for the buck (Δ induced ÷ Δ forgone)",
        Relabelled = "Relabelled share, baseline → scenario",
        Deadweight = "Deadweight share, baseline → scenario",
        DeltaHnte = "Δ HNTE firms",
        DeltaClaimants = "Δ claimants",
        TableNote = "{unit}; scenario minus baseline, means over replicates. In the first row induced R&D and revenue forgone are summed over the years, and HNTE firms and claimants are those of {0}. A year's marginal bang for the buck divides two differences: where revenue forgone barely changes, it is large and says little.",
        Parameter = "Parameter",
        Years = "Years",
        BaselineValue = "Baseline",
        ScenarioValue = "Scenario",
        Unit = "Unit",
        EveryYear = "every year",
        Sentence = "Against “{1}”, “{0}” {2} over {3} {4}{5}.",
        RdMore = "adds {0} {unit} of induced real R&D",
        RdLess = "removes {0} {unit} of induced real R&D",
        RdSame = "leaves induced real R&D unchanged",
        ForgoneMore = "for {0} {unit} more revenue forgone",
        ForgoneLess = "with {0} {unit} less revenue forgone",
        ForgoneSame = "with revenue forgone unchanged",
        PerExtraYuan = ": {0} yuan of R&D per extra yuan forgone",
        PerYuanSaved = ": {0} yuan of R&D given up per yuan of revenue saved",
        AgainstBaseline = ", {0} the baseline's {1} per yuan forgone",
        MoreForLess = ": more R&D for less revenue",
        Above = "above",
        Below = "below",
        Equal = "equal to",
        Shares = "{0}: {1} (baseline {2}). {3}: {4} (baseline {5}).",
        Counts = "In {0}, against the baseline: HNTE firms {1}, claimants {2}.",
        Central = "Plain comparison",
        SensitivityNote = "The reform and the baseline rerun with each of {0} parameters ({1}) at the low and at the high end of its range, one at a time, "
            + "on the same firms and shocks (common random numbers); each run is the reform minus the baseline under the same assumption. "
            + "Lowest and highest are taken over these runs and the plain comparison. They are not a confidence interval.",
        SensitivityReading = "Over the plain comparison and its {0} sensitivity runs, the marginal bang for the buck runs from {1} to {2} (plain comparison {3}): {4}, and {5}.",
        AboveOneAlways = "above 1 in every run",
        BelowOneAlways = "below 1 in every run",
        AboveOneIn = "above 1 in {0} of the {1} runs",
        AboveBaselineAlways = "above the baseline's own bang for the buck under the same assumption in every run",
        BelowBaselineAlways = "below the baseline's own bang for the buck under the same assumption in every run",
        AboveBaselineIn = "above the baseline's own bang for the buck under the same assumption in {0} of the {1} runs",
        ForgoneFallsIn = "In {0} of the {1} runs revenue forgone falls rather than rises, so there the ratio is not R&D per extra yuan forgone.",
        NoMarginalBang = "Revenue forgone changes in none of the runs, so there is no marginal bang for the buck to compare.",
        Fingerprint = "Result fingerprint {0} · scenario hash {1}",
        WholeComparison = "The whole comparison (every file of this folder)",
    };
}
