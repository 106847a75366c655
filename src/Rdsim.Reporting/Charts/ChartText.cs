namespace Rdsim.Reporting.Charts;

/// <summary>Every title, label and heading of charts and briefs, in one language (<see cref="ChartLanguage"/>).</summary>
public sealed record ChartText
{
    /// <summary>The x axis of yearly charts.</summary>
    public required string Year { get; init; }

    /// <summary>The unit of money axes.</summary>
    public required string Money { get; init; }

    /// <summary>A band across replicates.</summary>
    public required string Band { get; init; }

    /// <summary>Title: R&amp;D over time.</summary>
    public required string RdOverTime { get; init; }

    /// <summary>Series: real R&amp;D.</summary>
    public required string RealRd { get; init; }

    /// <summary>Series: reported R&amp;D.</summary>
    public required string ReportedRd { get; init; }

    /// <summary>Series: counterfactual real R&amp;D.</summary>
    public required string RealRdWithout { get; init; }

    /// <summary>Title: relief by instrument.</summary>
    public required string Relief { get; init; }

    /// <summary>Series: super-deduction relief.</summary>
    public required string ReliefSuperDeduction { get; init; }

    /// <summary>Series: HNTE relief.</summary>
    public required string ReliefHnte { get; init; }

    /// <summary>Series: credit relief.</summary>
    public required string ReliefCredit { get; init; }

    /// <summary>Title: HNTE firms and claimants.</summary>
    public required string FirmCounts { get; init; }

    /// <summary>Axis: number of firms.</summary>
    public required string Firms { get; init; }

    /// <summary>Series: HNTE firms.</summary>
    public required string HnteFirms { get; init; }

    /// <summary>Series: claimants.</summary>
    public required string Claimants { get; init; }

    /// <summary>Title: the intensity histogram ({0} = year).</summary>
    public required string Histogram { get; init; }

    /// <summary>Axis: reported intensity.</summary>
    public required string Intensity { get; init; }

    /// <summary>Series: the scenario world.</summary>
    public required string WithIncentives { get; init; }

    /// <summary>Series: the counterfactual world.</summary>
    public required string WithoutIncentives { get; init; }

    /// <summary>Legend of the threshold lines ({0} = the percentages).</summary>
    public required string Threshold { get; init; }

    /// <summary>Title: bang for the buck.</summary>
    public required string BangForBuck { get; init; }

    /// <summary>Heatmap: cumulative bang for the buck (induced real R&amp;D over the run ÷ revenue forgone over the run).</summary>
    public required string CumulativeBang { get; init; }

    /// <summary>The bang-for-the-buck heatmap's note when no sweep point forgoes any revenue, so no cell has a value.</summary>
    public required string NoBangAtAnyPoint { get; init; }

    /// <summary>Axis: bang for the buck.</summary>
    public required string BangAxis { get; init; }

    /// <summary>Series: yearly value.</summary>
    public required string ThisYear { get; init; }

    /// <summary>Series: cumulative value.</summary>
    public required string Cumulative { get; init; }

    /// <summary>The break-even line of ratio charts: one yuan of R&amp;D per yuan forgone.</summary>
    public required string BreakEven { get; init; }

    /// <summary>Legend of the histogram's open last bin ({0} = its lower edge, percent).</summary>
    public required string OpenBin { get; init; }

    /// <summary>Titles of compare charts: which scenarios ({0} = how many, {1} = the baseline's name); the legend names them all.</summary>
    public required string Scenarios { get; init; }

    /// <summary>Title: compared real R&amp;D.</summary>
    public required string CompareRealRd { get; init; }

    /// <summary>Title: compared bang for the buck.</summary>
    public required string CompareBang { get; init; }

    /// <summary>Heatmap and axis: cumulative induced real R&amp;D.</summary>
    public required string InducedRd { get; init; }

    /// <summary>Heatmap and axis: cumulative revenue forgone.</summary>
    public required string Forgone { get; init; }

    /// <summary>Title: the frontier.</summary>
    public required string Frontier { get; init; }

    /// <summary>Series: every sweep point.</summary>
    public required string Points { get; init; }

    /// <summary>Series: the non-dominated points.</summary>
    public required string NotDominated { get; init; }

    /// <summary>Title of a tornado chart ({0} = the metric).</summary>
    public required string Tornado { get; init; }

    /// <summary>Tornado legend: the parameter at the low end of its range.</summary>
    public required string LowEnd { get; init; }

    /// <summary>Tornado legend: the parameter at the high end of its range.</summary>
    public required string HighEnd { get; init; }

    /// <summary>A tornado's note when its metric is undefined in the base run, so no bar has a value to start from.</summary>
    public required string UndefinedInBaseRun { get; init; }

    /// <summary>Beside a compared scenario's name in the bang-for-the-buck legend when it forgoes no revenue in any year (no line).</summary>
    public required string NoRevenueForgone { get; init; }

    /// <summary>Tornado legend and sensitivity table: the base run.</summary>
    public required string BaseRun { get; init; }

    /// <summary>Brief: the sensitivity section.</summary>
    public required string Sensitivity { get; init; }

    /// <summary>Sensitivity table: the lowest value over the runs.</summary>
    public required string Lowest { get; init; }

    /// <summary>Sensitivity table: the highest value over the runs.</summary>
    public required string Highest { get; init; }

    /// <summary>Sensitivity table: the parameter whose two ends move the metric most.</summary>
    public required string LargestSwing { get; init; }

    /// <summary>Brief: what the sensitivity band is ({0} = how many parameters, {1} = their names).</summary>
    public required string SensitivityNote { get; init; }

    /// <summary>Brief: label of the scenario's fit status.</summary>
    public required string FitStatus { get; init; }

    /// <summary>Brief: the fit status of a scenario that states none.</summary>
    public required string NotFitted { get; init; }

    /// <summary>Brief: label of what the population stands for.</summary>
    public required string Universe { get; init; }

    /// <summary>Brief: label of the scenario's caveats (what not to read into its results).</summary>
    public required string Caveats { get; init; }

    /// <summary>Brief: the population's size, {0} firms standing for {1} enterprises in {2}.</summary>
    public required string Represents { get; init; }

    /// <summary>
    /// Brief: after the population's universe, when changes resized it: {0} the changes, {1} × {2} = {3} the run's firms, weight
    /// and enterprises, {4} × {5} = {6} the scenario's as written.
    /// </summary>
    public required string Resized { get; init; }

    /// <summary>A text {0} with an aside {1} in brackets, as the language writes it: "{0} ({1})", or full-width "{0}（{1}）" in Chinese.</summary>
    public required string Aside { get; init; }

    /// <summary>A label {0} before what it names, as the language writes it: "{0}:", or a full-width "{0}：" in Chinese.</summary>
    public required string Label { get; init; }

    /// <summary><paramref name="text"/> with <paramref name="aside"/> in brackets, as <see cref="Aside"/> writes it.</summary>
    public string WithAside(string text, object aside) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Aside, text, aside);

    /// <summary><paramref name="label"/> as a label, as <see cref="Label"/> writes it.</summary>
    public string Labelled(string label) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Label, label);

    /// <summary>Brief: headline section.</summary>
    public required string Headline { get; init; }

    /// <summary>Brief: charts section.</summary>
    public required string Charts { get; init; }

    /// <summary>Brief: assumptions section.</summary>
    public required string Assumptions { get; init; }

    /// <summary>Brief: parameter section.</summary>
    public required string Parameters { get; init; }

    /// <summary>Brief: reproduce section.</summary>
    public required string Reproduce { get; init; }

    /// <summary>Headline: relabelled share.</summary>
    public required string RelabelledShare { get; init; }

    /// <summary>Headline: deadweight share.</summary>
    public required string DeadweightShare { get; init; }

    /// <summary>Brief section and chart: who benefits (relief and induced R&amp;D by group of firms).</summary>
    public required string WhoBenefits { get; init; }

    /// <summary>Title: the groups' shares of the relief and of the induced real R&amp;D.</summary>
    public required string WhoBenefitsChart { get; init; }

    /// <summary>Axis of the who-benefits chart: share of all firms' total.</summary>
    public required string ShareAxis { get; init; }

    /// <summary>The who-benefits chart's note when no firm received any relief, so there are no shares to draw.</summary>
    public required string NoRelief { get; init; }

    /// <summary>Series and column: the group's share of the relief.</summary>
    public required string ReliefShare { get; init; }

    /// <summary>Series and column: the group's share of the induced real R&amp;D.</summary>
    public required string InducedShare { get; init; }

    /// <summary>Column: relief received over the run.</summary>
    public required string ReliefReceived { get; init; }

    /// <summary>Column: firms in the group in the last year ({0} = the year).</summary>
    public required string FirmsIn { get; init; }

    /// <summary>Column and chart heading: sectors.</summary>
    public required string BySector { get; init; }

    /// <summary>Column and chart heading: size classes.</summary>
    public required string BySize { get; init; }

    /// <summary>Column and chart heading: tax status without the incentives.</summary>
    public required string ByTaxStatus { get; init; }

    /// <summary>Column and chart heading: regions.</summary>
    public required string ByRegion { get; init; }

    /// <summary>Chart heading of the regions block: {0} how many regions, those with the most relief.</summary>
    public required string TopRegions { get; init; }

    /// <summary>The size classes' names, in <c>SizeClass</c> order.</summary>
    public required IReadOnlyList<string> SizeClassNames { get; init; }

    /// <summary>The tax statuses' names, in <c>TaxStatus</c> order.</summary>
    public required IReadOnlyList<string> TaxStatusNames { get; init; }

    /// <summary>Brief: how to read the who-benefits table ({0} = the span of years).</summary>
    public required string WhoBenefitsNote { get; init; }

    /// <summary>Under the "Who benefits" tables when a group's bang for the buck is shown as "—": why it has none.</summary>
    public required string NoBangForBuck { get; init; }

    /// <summary>The unit the amounts in these texts, and the amounts shown beside them, are in.</summary>
    public MoneyUnit Unit { get; private init; } = MoneyUnit.Million;

    /// <summary>The texts of <paramref name="language"/>, with money in <paramref name="unit"/> (the language's default unit when null).</summary>
    public static ChartText For(ChartLanguage language, MoneyUnit? unit = null)
    {
        var u = unit ?? MoneyUnit.Default(language);
        var text = language == ChartLanguage.Zh ? ChartTextChinese.Text : ChartTextEnglish.Text;
        // The texts name their unit as {unit} (filled in before any string.Format, which would reject it).
        string In(string s) => s.Replace("{unit}", u.Label(language), StringComparison.Ordinal);
        return text with
        {
            Unit = u, Money = In(text.Money), InducedRd = In(text.InducedRd), Forgone = In(text.Forgone),
            ReliefReceived = In(text.ReliefReceived), WhoBenefitsNote = In(text.WhoBenefitsNote),
        };
    }
}
