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
    /// <summary>The columns, in file order.</summary>
    public static IReadOnlyList<Column<YearRow>> Columns { get; } =
    [
        new("scenario", "text", "Scenario name", r => r.Scenario),
        new("replicate", "index", "Replicate (0-based); replicates share the population and differ in shocks", r => CsvText.Integer(r.Replicate.Replicate)),
        new("seed", "integer", "The replicate's seed, derived from the run seed", r => r.Replicate.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("year", "year", "Calendar year", r => CsvText.Integer(r.Year.Year)),
        .. WorldColumns.For<YearRow>("", "scenario", r => r.Year.Scenario.Total),
        new("rd_input_price", "index", "R&D input price index; 1 unless market.rdSupplyElasticity is set (scenario)", r => CsvText.Number(r.Year.ScenarioRdInputPrice)),
        .. WorldColumns.For<YearRow>("cf_", "no-incentive counterfactual", r => r.Year.Counterfactual.Total),
        new("cf_rd_input_price", "index", "R&D input price index (no-incentive counterfactual)", r => CsvText.Number(r.Year.CounterfactualRdInputPrice)),
        .. AdditionalityColumns.For<YearRow>("", "this year", r => r.ThisYear),
        .. AdditionalityColumns.For<YearRow>("cum_", "from the first reported year", r => r.Cumulative),
        new("cum_deduction_used_in_year_share", "fraction", "Share of the extra deduction claimed since the first reported year that was used against income in the year it was claimed",
            r => CsvText.Ratio(r.CumulativeScenario[SumMetric.DeductionUsedInYear].Value, r.CumulativeScenario[SumMetric.DeductedAmount].Value)),
        new("cum_deduction_used_later_share", "fraction", "Extra deduction carried as losses and used in a later year (since the first reported year), over the extra deduction claimed in that span",
            r => CsvText.Ratio(r.CumulativeScenario[SumMetric.DeductionUsedFromLosses].Value, r.CumulativeScenario[SumMetric.DeductedAmount].Value)),
        new("cum_deduction_expired_share", "fraction", "Extra deduction carried as losses that expired unused (since the first reported year), over the extra deduction claimed in that span",
            r => CsvText.Ratio(r.CumulativeScenario[SumMetric.DeductionExpired].Value, r.CumulativeScenario[SumMetric.DeductedAmount].Value)),
    ];

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
}
