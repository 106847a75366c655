using Rdsim.Reporting.Charts;

namespace Rdsim.Reporting.Compare;

/// <summary>
/// The texts of the comparison brief that the run brief has not (<see cref="ChartText"/> has the shared ones), in one
/// language. <c>{n}</c> are <see cref="string.Format(IFormatProvider, string, object[])"/> places.
/// </summary>
public sealed record CompareText
{
    /// <summary>Page title: the scenarios compared ({0}, joined by <see cref="NameSeparator"/>) against the baseline ({1}).</summary>
    public required string Title { get; init; }

    /// <summary>Between the names of the scenarios compared, in the title and over a shared standing.</summary>
    public required string NameSeparator { get; init; }

    /// <summary>What the numbers are: common random numbers, means, money unit.</summary>
    public required string Lead { get; init; }

    /// <summary>Heading of the summary paragraphs.</summary>
    public required string Summary { get; init; }

    /// <summary>Heading of a difference table: {0} minus {1}.</summary>
    public required string Difference { get; init; }

    /// <summary>Heading of the parameters that differ from the baseline ({0}).</summary>
    public required string ParametersDiffer { get; init; }

    /// <summary>Heading of the scenarios' fit, caveats and population.</summary>
    public required string Standing { get; init; }

    /// <summary>Heading of the advisory warnings the scenarios raised (values outside the range the literature supports).</summary>
    public required string Warnings { get; init; }

    /// <summary>What the warnings mean for the numbers.</summary>
    public required string WarningsNote { get; init; }

    /// <summary>After a warning: the scenarios ({0}, joined by <see cref="NameSeparator"/>) that raised it.</summary>
    public required string WarnedIn { get; init; }

    /// <summary>When no parameter differs.</summary>
    public required string NoParameterDiffers { get; init; }

    /// <summary>Column: the span (years, or every year together).</summary>
    public required string Span { get; init; }

    /// <summary>Column: Δ induced real R&amp;D.</summary>
    public required string DeltaInduced { get; init; }

    /// <summary>Column: Δ revenue forgone.</summary>
    public required string DeltaForgone { get; init; }

    /// <summary>Column: the marginal bang for the buck.</summary>
    public required string MarginalBang { get; init; }

    /// <summary>Column: the relabelled share, baseline → scenario.</summary>
    public required string Relabelled { get; init; }

    /// <summary>Column: the deadweight share, baseline → scenario.</summary>
    public required string Deadweight { get; init; }

    /// <summary>Column: Δ HNTE firms.</summary>
    public required string DeltaHnte { get; init; }

    /// <summary>Column: Δ claimants.</summary>
    public required string DeltaClaimants { get; init; }

    /// <summary>Below a difference table: what the columns are ({0} = the last year).</summary>
    public required string TableNote { get; init; }

    /// <summary>Column: parameter.</summary>
    public required string Parameter { get; init; }

    /// <summary>Column: the years a value holds in.</summary>
    public required string Years { get; init; }

    /// <summary>Column: the baseline's value.</summary>
    public required string BaselineValue { get; init; }

    /// <summary>Column: the compared scenario's value.</summary>
    public required string ScenarioValue { get; init; }

    /// <summary>Column: unit.</summary>
    public required string Unit { get; init; }

    /// <summary>A value that holds in every year.</summary>
    public required string EveryYear { get; init; }

    /// <summary>Summary: {0} scenario, {1} baseline, {2} R&amp;D clause, {3} span, {4} forgone clause, {5} ratio clause.</summary>
    public required string Sentence { get; init; }

    /// <summary>R&amp;D clause: more ({0} in the unit).</summary>
    public required string RdMore { get; init; }

    /// <summary>R&amp;D clause: less ({0} in the unit).</summary>
    public required string RdLess { get; init; }

    /// <summary>R&amp;D clause: unchanged.</summary>
    public required string RdSame { get; init; }

    /// <summary>Forgone clause: more ({0} in the unit).</summary>
    public required string ForgoneMore { get; init; }

    /// <summary>Forgone clause: less ({0} in the unit).</summary>
    public required string ForgoneLess { get; init; }

    /// <summary>Forgone clause: unchanged.</summary>
    public required string ForgoneSame { get; init; }

    /// <summary>Ratio clause when more is forgone: {0} the marginal ratio.</summary>
    public required string PerExtraYuan { get; init; }

    /// <summary>Ratio clause when less is forgone and R&amp;D falls: {0} R&amp;D given up per yuan saved.</summary>
    public required string PerYuanSaved { get; init; }

    /// <summary>After a ratio clause: {0} above/below/equal, {1} the baseline's bang for the buck.</summary>
    public required string AgainstBaseline { get; init; }

    /// <summary>Ratio clause when less is forgone and R&amp;D does not fall.</summary>
    public required string MoreForLess { get; init; }

    /// <summary>Comparison: above.</summary>
    public required string Above { get; init; }

    /// <summary>Comparison: below.</summary>
    public required string Below { get; init; }

    /// <summary>Comparison: equal to.</summary>
    public required string Equal { get; init; }

    /// <summary>Summary: the shares, {0} label, {1} scenario's, {2} baseline's, then {3}–{5} likewise.</summary>
    public required string Shares { get; init; }

    /// <summary>Summary: the counts in the last year {0}: Δ HNTE firms {1}, Δ claimants {2}.</summary>
    public required string Counts { get; init; }

    /// <summary>Sensitivity table column: the plain comparison's value.</summary>
    public required string Central { get; init; }

    /// <summary>Below a sensitivity table: how its runs were made, {0} the number of parameters, {1} their names.</summary>
    public required string SensitivityNote { get; init; }

    /// <summary>
    /// The reading of a sensitivity table: {0} the number of sensitivity runs, {1} the lowest marginal bang for the buck, {2} the
    /// highest, {3} the plain comparison's, {4} the clause on 1, {5} the clause on the baseline's own bang for the buck.
    /// </summary>
    public required string SensitivityReading { get; init; }

    /// <summary>Clause: the marginal bang for the buck is above 1 in every run.</summary>
    public required string AboveOneAlways { get; init; }

    /// <summary>Clause: below 1 in every run.</summary>
    public required string BelowOneAlways { get; init; }

    /// <summary>Clause: above 1 in {0} of the {1} runs.</summary>
    public required string AboveOneIn { get; init; }

    /// <summary>Clause: above the baseline's own bang for the buck (under the same assumption) in every run.</summary>
    public required string AboveBaselineAlways { get; init; }

    /// <summary>Clause: below it in every run.</summary>
    public required string BelowBaselineAlways { get; init; }

    /// <summary>Clause: above it in {0} of the {1} runs.</summary>
    public required string AboveBaselineIn { get; init; }

    /// <summary>After a reading: revenue forgone falls in {0} of the {1} runs, where the ratio is not R&amp;D per extra yuan forgone.</summary>
    public required string ForgoneFallsIn { get; init; }

    /// <summary>The reading when revenue forgone changes in no run.</summary>
    public required string NoMarginalBang { get; init; }

    /// <summary>Below a run's command: {0} its result fingerprint, {1} its scenario's content hash.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>Over the comparison's own command, which makes the whole folder again (each run's command makes only its run).</summary>
    public required string WholeComparison { get; init; }

    /// <summary>The texts of <paramref name="language"/>, with money in <paramref name="unit"/>.</summary>
    public static CompareText For(ChartLanguage language, MoneyUnit unit)
    {
        var text = language == ChartLanguage.Zh ? CompareTextChinese.Text : CompareTextEnglish.Text;
        // The texts name their unit as {unit} (filled in before any string.Format, which would reject it).
        string In(string s) => s.Replace("{unit}", unit.Label(language), StringComparison.Ordinal);
        return text with
        {
            Lead = In(text.Lead), TableNote = In(text.TableNote), RdMore = In(text.RdMore), RdLess = In(text.RdLess),
            ForgoneMore = In(text.ForgoneMore), ForgoneLess = In(text.ForgoneLess),
        };
    }
}
