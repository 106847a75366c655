using Rdsim.Engine;
using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;

namespace Rdsim.Reporting.Tables;

/// <summary>
/// <c>years.csv</c>: tidy, one row per replicate × year, one documented column per metric, for the
/// scenario world, the counterfactual world (<c>cf_</c>) and what the incentives bought.
/// </summary>
public static class YearsTable
{
    /// <summary><c>scenario</c>: the scenario's name.</summary>
    public static readonly Column<YearRow> ScenarioName = Column<YearRow>.Text("scenario", "text", "Scenario name", r => r.Scenario);

    /// <summary><c>replicate</c>: the replicate (0-based).</summary>
    public static readonly Column<YearRow> Replicate = Column<YearRow>.Integer("replicate", "index",
        "Replicate (0-based); replicates share the population and differ in shocks", r => r.Replicate.Replicate);

    /// <summary><c>seed</c>: the replicate's seed (below 2^53, so JSON and spreadsheets keep every digit).</summary>
    public static readonly Column<YearRow> Seed = Column<YearRow>.Integer("seed", "integer", "The replicate's seed, derived from the run seed", r => (long)r.Replicate.Seed);

    /// <summary><c>year</c>: the calendar year.</summary>
    public static readonly Column<YearRow> Year = Column<YearRow>.Integer("year", "year", "Calendar year", r => r.Year.Year);

    private static readonly Dictionary<WorldMetric, Column<YearRow>> ScenarioColumns =
        WorldColumns.All.ToDictionary(m => m, m => m.AsColumn<YearRow>("", "scenario", r => r.Year.Scenario.Total));

    private static readonly Dictionary<WorldMetric, Column<YearRow>> CounterfactualColumns =
        WorldColumns.All.ToDictionary(m => m, m => m.AsColumn<YearRow>("cf_", "no-incentive counterfactual", r => r.Year.Counterfactual.Total));

    private static readonly Dictionary<AdditionalityMetric, Column<YearRow>> ThisYearColumns =
        AdditionalityColumns.All.ToDictionary(m => m, m => m.AsColumn<YearRow>("", "this year", r => r.ThisYear));

    private static readonly Dictionary<AdditionalityMetric, Column<YearRow>> CumulativeColumns =
        AdditionalityColumns.All.ToDictionary(m => m, m => m.AsColumn<YearRow>("cum_", "from the first reported year", r => r.Cumulative));

    /// <summary>The columns, in file order.</summary>
    public static IReadOnlyList<Column<YearRow>> Columns { get; } =
    [
        ScenarioName,
        Replicate,
        Seed,
        Year,
        .. WorldColumns.All.Select(m => ScenarioColumns[m]),
        Column<YearRow>.Number("rd_input_price", "index", "R&D input price index; 1 unless market.rdSupplyElasticity is set (scenario)", r => r.Year.ScenarioRdInputPrice),
        .. WorldColumns.All.Select(m => CounterfactualColumns[m]),
        Column<YearRow>.Number("cf_rd_input_price", "index", "R&D input price index (no-incentive counterfactual)", r => r.Year.CounterfactualRdInputPrice),
        .. AdditionalityColumns.All.Select(m => ThisYearColumns[m]),
        .. AdditionalityColumns.All.Select(m => CumulativeColumns[m]),
        CumulativeShare("cum_deduction_used_in_year_share",
            "Share of the extra deduction claimed since the first reported year that was used against income in the year it was claimed", SumMetric.DeductionUsedInYear),
        CumulativeShare("cum_deduction_used_later_share",
            "Extra deduction carried as losses and used in a later year (since the first reported year), over the extra deduction claimed in that span", SumMetric.DeductionUsedFromLosses),
        CumulativeShare("cum_deduction_expired_share",
            "Extra deduction carried as losses that expired unused (since the first reported year), over the extra deduction claimed in that span", SumMetric.DeductionExpired),
    ];

    /// <summary>The column of <paramref name="metric"/> in the scenario world.</summary>
    public static Column<YearRow> Scenario(WorldMetric metric) => ScenarioColumns[metric];

    /// <summary>The column of <paramref name="metric"/> in the no-incentive counterfactual (<c>cf_</c>).</summary>
    public static Column<YearRow> Counterfactual(WorldMetric metric) => CounterfactualColumns[metric];

    /// <summary>The column of <paramref name="metric"/> for the row's year.</summary>
    public static Column<YearRow> ThisYear(AdditionalityMetric metric) => ThisYearColumns[metric];

    /// <summary>The column of <paramref name="metric"/> from the first reported year to the row's (<c>cum_</c>).</summary>
    public static Column<YearRow> Cumulative(AdditionalityMetric metric) => CumulativeColumns[metric];

    /// <summary>The rows of a result, replicate by replicate, year by year.</summary>
    public static IEnumerable<YearRow> Rows(string scenario, SimulationResult result)
    {
        foreach (var replicate in result.Replicates)
        {
            var cumulativeScenario = new YearAggregate();
            for (var i = 0; i < replicate.Years.Count; i++)
            {
                cumulativeScenario.Merge(replicate.Years[i].Scenario.Total);
                yield return new YearRow(scenario, replicate, replicate.Years[i],
                    Additionality.Of(replicate.Years[i]), Additionality.Of(replicate.Years.Take(i + 1)), cumulativeScenario.Copy());
            }
        }
    }

    private static Column<YearRow> CumulativeShare(string name, string description, SumMetric part) =>
        Column<YearRow>.Number(name, "fraction", description, r =>
            r.CumulativeScenario[SumMetric.DeductedAmount].Value is var claimed && claimed != 0 ? r.CumulativeScenario[part].Value / claimed : double.NaN);
}
