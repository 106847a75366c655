namespace Rdsim.Model.Policy;

/// <summary>
/// The policy in force in each year of a run. Warm-up years run under the first reported year's
/// policy, so <see cref="At"/> clamps to the schedule's first year.
/// </summary>
public sealed class PolicySchedule
{
    private readonly YearPolicy[] _byYear;

    /// <summary>The policy of every year from <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    public PolicySchedule(int firstYear, int lastYear, Func<int, YearPolicy> policyInYear)
    {
        if (lastYear < firstYear) throw new ArgumentException("The last year comes before the first.", nameof(lastYear));
        FirstYear = firstYear;
        LastYear = lastYear;
        _byYear = Enumerable.Range(firstYear, lastYear - firstYear + 1).Select(policyInYear).ToArray();
    }

    private PolicySchedule(int firstYear, int lastYear, YearPolicy[] byYear)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        _byYear = byYear;
    }

    /// <summary>First year with its own policy.</summary>
    public int FirstYear { get; }

    /// <summary>Last year with its own policy.</summary>
    public int LastYear { get; }

    /// <summary>The policy in <paramref name="year"/>; years before the first take the first year's policy.</summary>
    public YearPolicy At(int year)
    {
        if (year > LastYear) throw new ArgumentOutOfRangeException(nameof(year), year, $"The schedule ends in {LastYear}.");
        return _byYear[Math.Max(0, year - FirstYear)];
    }

    /// <summary>The no-incentive counterfactual: the same years with every incentive off.</summary>
    public PolicySchedule WithoutIncentives() =>
        new(FirstYear, LastYear, _byYear.Select(p => p.WithoutIncentives()).ToArray());
}
