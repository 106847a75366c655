using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;

namespace Rdsim.Reporting.Compare;

/// <summary>
/// A compared scenario's headline numbers against the baseline's over the same span: every reported year together
/// (<paramref name="Year"/> null: cumulative sums, ratios over the whole span, counts in the last year) or one year.
/// Common random numbers (the same firms and shocks) make each difference the effect of the policy change alone.
/// </summary>
/// <param name="Year">The year, or null for every reported year together.</param>
/// <param name="Baseline">The baseline's numbers.</param>
/// <param name="Scenario">The compared scenario's.</param>
public sealed record HeadlineDifference(int? Year, Headline Baseline, Headline Scenario)
{
    /// <summary>Δ induced real R&amp;D (mn CNY).</summary>
    public double InducedRealRd => Scenario.InducedRealRd - Baseline.InducedRealRd;

    /// <summary>Δ revenue forgone (mn CNY).</summary>
    public double RevenueForgone => Scenario.RevenueForgone - Baseline.RevenueForgone;

    /// <summary>
    /// The marginal bang for the buck: Δ induced real R&amp;D ÷ Δ revenue forgone, what each extra yuan forgone buys
    /// (NaN when revenue forgone does not change).
    /// </summary>
    public double MarginalBangForBuck => Marginal(InducedRealRd, RevenueForgone);

    /// <summary>Δ HNTE firms (in the year; for every year together, in the last).</summary>
    public double HnteFirms => Scenario.HnteFirms - Baseline.HnteFirms;

    /// <summary>Δ super-deduction claimants (in the year; for every year together, in the last).</summary>
    public double Claimants => Scenario.Claimants - Baseline.Claimants;

    /// <summary>The marginal bang for the buck of a Δ induced real R&amp;D <paramref name="induced"/> for a Δ revenue forgone <paramref name="forgone"/> (NaN when it is 0).</summary>
    public static double Marginal(double induced, double forgone) => forgone != 0 ? induced / forgone : double.NaN;

    /// <summary><paramref name="run"/> against <paramref name="baseline"/> over every reported year together (the first row of <see cref="Of"/>).</summary>
    public static HeadlineDifference Total(RunResult baseline, RunResult run) => new(null, Headline.Of(baseline.Years), Headline.Of(run.Years));

    /// <summary>
    /// <paramref name="run"/> against <paramref name="baseline"/>: every reported year together first, then each year both
    /// report, in order.
    /// </summary>
    public static IReadOnlyList<HeadlineDifference> Of(RunResult baseline, RunResult run)
    {
        var (theirs, mine) = (baseline.Years, run.Years);
        var rows = new List<HeadlineDifference> { Total(baseline, run) };
        for (var i = 0; i < mine.Years.Count; i++)
        {
            var j = YearIndex.Of(theirs.Years, mine.Years[i]);
            if (j >= 0) rows.Add(new(mine.Years[i], Headline.InYear(theirs, j), Headline.InYear(mine, i)));
        }
        return rows;
    }
}
