namespace Rdsim.Reporting.Charts;

/// <summary>Chart and brief texts in English.</summary>
internal static class ChartTextEnglish
{
    /// <summary>The texts.</summary>
    public static ChartText Text { get; } = new()
    {
        Year = "Year",
        Money = "{unit}",
        Band = "5–95% of replicates",
        RdOverTime = "Real and reported R&D",
        RealRd = "Real R&D",
        ReportedRd = "Reported R&D",
        RealRdWithout = "Real R&D without incentives",
        Relief = "Tax relief by instrument",
        ReliefSuperDeduction = "Super-deduction",
        ReliefHnte = "HNTE preferential rate",
        ReliefCredit = "R&D tax credits",
        FirmCounts = "HNTE firms and super-deduction claimants",
        Firms = "Firms",
        HnteFirms = "HNTE firms",
        Claimants = "Super-deduction claimants",
        Histogram = "Annual reported R&D intensity of firms with R&D in {0}",
        Intensity = "Reported R&D as a share of the year's revenue (%)",
        WithIncentives = "With incentives",
        WithoutIncentives = "Without incentives",
        Threshold = "HNTE thresholds {0}%",
        BangForBuck = "Bang for the buck",
        CumulativeBang = "Cumulative bang for the buck",
        NoBangAtAnyPoint = "No revenue forgone at any point: bang for the buck is undefined",
        BangAxis = "Induced real R&D per yuan of tax forgone",
        ThisYear = "Each year",
        Cumulative = "Cumulative",
        BreakEven = "Break-even: 1 yuan of R&D per yuan forgone",
        OpenBin = "Open bin: every firm at {0}% or more (not a 0.1-point bin)",
        Scenarios = "{0} scenarios, baseline {1}",
        CompareRealRd = "Real R&D by scenario",
        CompareBang = "Cumulative bang for the buck by scenario",
        InducedRd = "Cumulative induced real R&D ({unit})",
        Forgone = "Cumulative revenue forgone ({unit})",
        Frontier = "Revenue forgone against induced R&D",
        Points = "Sweep points",
        NotDominated = "Not dominated",
        Tornado = "Sensitivity of {0}",
        LowEnd = "Parameter at the low end of its range",
        HighEnd = "Parameter at the high end of its range",
        NoRevenueForgone = "no revenue forgone: no line",
        UndefinedInBaseRun = "Undefined in the base run (a ratio to nothing):\nno bar can start from it; the CSV has each end's value",
        BaseRun = "Base run",
        Sensitivity = "Sensitivity to behavioural assumptions",
        Lowest = "Lowest",
        Highest = "Highest",
        LargestSwing = "Moved most by",
        SensitivityNote = "The same scenario rerun with each of {0} parameters ({1}) at the low and at the high end of its range, one at a time, "
            + "on the same firms and shocks (common random numbers). Lowest and highest are taken over these runs and the base run: "
            + "they show how far the numbers depend on assumptions the literature does not pin down. They are not a confidence interval; "
            + "the bands in the charts show the spread across replicates.",
        FitStatus = "Fit",
        NotFitted = "Not fitted to observed figures: read its totals as illustrations of the mechanisms, not as estimates.",
        Universe = "Population",
        Caveats = "What to doubt",
        Represents = "{0} synthetic firms over the run, entrants included; they stand for {1} enterprises in {2}",
        Resized = "Not that universe in this run: {0} makes the totals those of firms × weight = {1} × {2} = {3} enterprises, not of the universe the scenario describes ({4} × {5} = {6}).",
        Aside = "{0} ({1})",
        Label = "{0}:",
        Headline = "What the incentives bought",
        Charts = "Charts",
        Assumptions = "Assumptions",
        Parameters = "Parameters",
        Reproduce = "Reproduce these results",
        RelabelledShare = "Relabelled share of induced reported R&D",
        DeadweightShare = "Deadweight share of relief",
        WhoBenefits = "Who benefits",
        WhoBenefitsChart = "Shares of relief and of induced real R&D by group",
        ShareAxis = "Share of all firms' total over the run (%)",
        NoRelief = "No relief in this scenario: no firm received R&D tax relief in any year, so there are no shares to show",
        ReliefShare = "Share of relief",
        InducedShare = "Share of induced real R&D",
        ReliefReceived = "Relief received ({unit})",
        FirmsIn = "Firms ({0})",
        BySector = "Sector",
        BySize = "Size class",
        ByTaxStatus = "Tax status without incentives",
        ByRegion = "Region",
        TopRegions = "Region (the {0} with most relief)",
        SizeClassNames = ["Micro (revenue < 3 mn)", "Small (3–20 mn)", "Medium (20–400 mn)", "Large (≥ 400 mn)"],
        TaxStatusNames = ["Would pay tax", "Would pay no tax (loss)"],
        WhoBenefitsNote = "Sums over {0}, means over replicates; money in {unit}. Induced real R&D is the group's firms with the incentives "
            + "minus the same group without them, on the same shocks; bang for the buck is the group's induced real R&D ÷ the revenue forgone on it. "
            + "Shares are of all firms' totals, so each block adds up to 100%; an induced share can be negative, or above 100%, when some groups do less "
            + "R&D with the incentives. Size class is by each year's revenue in each world (a firm the incentives grow across a class edge moves class). "
            + "Tax status is whether the firm-year would pay corporate income tax without the incentives: a loss, or income absorbed by losses carried "
            + "forward, means no tax; it is the same firm-years in both worlds and for every reform. Region is where the firm is: a synthetic "
            + "firm's region is drawn uniformly with its name and plays no part in its decisions, so differences between regions in a synthetic "
            + "population are sampling noise; with a firm register (population.from with a region column) they are the register's regions.",
        NoBangForBuck = "–: no revenue was forgone on the group (with the incentives its firms paid as much tax as without them, or more); "
            + "a ratio to nothing, or to a negative amount, means nothing, so the group has no bang for the buck.",
    };
}
