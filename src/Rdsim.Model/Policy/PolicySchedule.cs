namespace Rdsim.Model.Policy;

/// <summary>
/// The policy in force in each year of a run. Warm-up years run under the first reported year's
/// policy, so <see cref="At"/> clamps to the schedule's first year — but for the spread of R&amp;D
/// (<see cref="YearPolicy.RdStartRate"/>), which starts in the first reported year: the warm-up settles the drawn
/// firms' R&amp;D and knowledge, and the drawn share of performers is the first year's (with starts in the warm-up it
/// would be the drawn share plus several years of starters, a history no data describe).
/// </summary>
public sealed class PolicySchedule
{
    private readonly YearPolicy[] _byYear;
    private readonly YearPolicy _warmup;

    /// <summary>The policy of every year from <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    public PolicySchedule(int firstYear, int lastYear, Func<int, YearPolicy> policyInYear)
    {
        if (lastYear < firstYear) throw new ArgumentException("The last year comes before the first.", nameof(lastYear));
        FirstYear = firstYear;
        LastYear = lastYear;
        _byYear = Enumerable.Range(firstYear, lastYear - firstYear + 1).Select(policyInYear).ToArray();
        _warmup = Warmup(_byYear[0]);
    }

    private PolicySchedule(int firstYear, int lastYear, YearPolicy[] byYear)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        _byYear = byYear;
        _warmup = Warmup(byYear[0]);
    }

    /// <summary>First year with its own policy.</summary>
    public int FirstYear { get; }

    /// <summary>Last year with its own policy.</summary>
    public int LastYear { get; }

    /// <summary>
    /// The policy in <paramref name="year"/>; years before the first (the warm-up) take the first year's policy, with no
    /// firm starting R&amp;D.
    /// </summary>
    public YearPolicy At(int year)
    {
        if (year > LastYear) throw new ArgumentOutOfRangeException(nameof(year), year, $"The schedule ends in {LastYear}.");
        return year < FirstYear ? _warmup : _byYear[year - FirstYear];
    }

    // The same instance when nothing changes, so a schedule without starts behaves (and compares) as before.
    private static YearPolicy Warmup(YearPolicy first) => first.RdStartRate == 0 ? first : first with { RdStartRate = 0 };

    /// <summary>The no-incentive counterfactual: the same years with every incentive off.</summary>
    public PolicySchedule WithoutIncentives() =>
        new(FirstYear, LastYear, _byYear.Select(p => p.WithoutIncentives()).ToArray());
}
