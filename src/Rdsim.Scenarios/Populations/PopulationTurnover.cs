using Rdsim.Model.Firms;

namespace Rdsim.Scenarios.Populations;

/// <summary>
/// How a population turns over during a run (<c>population.entryRate</c>, <c>population.exitRate</c>): entrants
/// join in each reported year after the first, some of them young technology firms (<c>population.techEntrantShare</c>),
/// and any firm may leave from the second reported year on.
/// </summary>
/// <param name="EntryRate">Entrants per year as a share of the first year's firms.</param>
/// <param name="ExitRate">Yearly probability that a firm leaves.</param>
/// <param name="FirstYear">The first reported year (entry and exit start the year after).</param>
/// <param name="LastYear">The last reported year.</param>
public sealed record PopulationTurnover(double EntryRate, double ExitRate, int FirstYear, int LastYear)
{
    /// <summary>No entry and no exit.</summary>
    public static PopulationTurnover None { get; } = new(0, 0, 0, 0);

    /// <summary>Which entrants are young technology firms; none unless set.</summary>
    public TechnologyEntry Technology { get; init; } = TechnologyEntry.None;

    /// <summary>The turnover a scenario asks for.</summary>
    public static PopulationTurnover Of(Scenario scenario) =>
        new(scenario.Population.EntryRate, scenario.Population.ExitRate, scenario.Run.FirstYear, scenario.Run.LastYear)
        {
            Technology = scenario.Population.Technology,
        };

    /// <summary>
    /// The entry year of synthetic firm <paramref name="firmId"/> in a population of <paramref name="firms"/> first-year firms:
    /// ids from <paramref name="firms"/> on are the entrants, in cohorts of <see cref="Demography.EntrantsPerYear"/>.
    /// </summary>
    public int EntryYear(int firmId, int firms)
    {
        if (firmId < firms) return FirmTraits.FromStart;
        return FirstYear + 1 + (firmId - firms) / Demography.EntrantsPerYear(firms, EntryRate);
    }

    /// <summary>
    /// Whether synthetic firm <paramref name="firmId"/> (of <paramref name="firms"/> first-year firms) is drawn as a young technology
    /// firm: the first <see cref="TechnologyEntry.FirmsAmong"/> of its cohort (the order within a cohort is arbitrary, as every
    /// firm's draws are its own).
    /// </summary>
    public bool IsTechnologyEntrant(int firmId, int firms)
    {
        if (firmId < firms) return false;
        var cohort = Demography.EntrantsPerYear(firms, EntryRate);
        return (firmId - firms) % cohort < Technology.FirmsAmong(cohort, EntryYear(firmId, firms));
    }

    /// <summary>Synthetic firms in all: the first year's <paramref name="firms"/> and every later cohort of entrants.</summary>
    public int TotalFirms(int firms)
    {
        var entrants = (long)Demography.EntrantsPerYear(firms, EntryRate) * Math.Max(0, LastYear - FirstYear);
        var total = firms + entrants;
        if (total > Array.MaxLength) throw new ArgumentOutOfRangeException(nameof(firms), total, "Too many firms with entrants for one population.");
        return (int)total;
    }

    /// <summary>The exit year of firm <paramref name="firmId"/>, which enters in <paramref name="entryYear"/> (see <see cref="Demography.ExitYear"/>).</summary>
    public int ExitYear(ulong seed, int firmId, int entryYear) =>
        Demography.ExitYear(seed, firmId, Math.Max(FirstYear, entryYear) + 1, LastYear, ExitRate);
}
