using Rdsim.Engine;
using Rdsim.Engine.Results;

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
        new("induced_real_rd", "mn CNY", "Real R&D induced: scenario minus counterfactual", r => CsvText.Number(r.ThisYear.InducedRealRd)),
        new("induced_reported_rd", "mn CNY", "Reported R&D induced: scenario minus counterfactual", r => CsvText.Number(r.ThisYear.InducedReportedRd)),
        new("induced_relabeled_share", "fraction", "Share of induced reported R&D that is relabelled, not real", r => CsvText.Number(r.ThisYear.InducedRelabeledShare)),
        new("revenue_forgone", "mn CNY", "Tax revenue forgone: counterfactual tax minus scenario tax", r => CsvText.Number(r.ThisYear.RevenueForgone)),
        new("bang_for_buck", "CNY per CNY", "Induced real R&D per yuan of revenue forgone", r => CsvText.Number(r.ThisYear.BangForBuck)),
        new("deadweight", "mn CNY", "Relief paid for R&D that would have happened anyway", r => CsvText.Number(r.ThisYear.Deadweight)),
        new("deadweight_share", "fraction", "Deadweight over total relief", r => CsvText.Ratio(r.ThisYear.Deadweight, r.ThisYear.TotalRelief)),
        new("cum_induced_real_rd", "mn CNY", "Induced real R&D, summed from the first reported year", r => CsvText.Number(r.Cumulative.InducedRealRd)),
        new("cum_revenue_forgone", "mn CNY", "Revenue forgone, summed from the first reported year", r => CsvText.Number(r.Cumulative.RevenueForgone)),
        new("cum_bang_for_buck", "CNY per CNY", "Cumulative induced real R&D over cumulative revenue forgone", r => CsvText.Number(r.Cumulative.BangForBuck)),
        new("cum_deadweight", "mn CNY", "Deadweight, summed from the first reported year", r => CsvText.Number(r.Cumulative.Deadweight)),
    ];

    /// <summary>The rows of a result, replicate by replicate, year by year.</summary>
    public static IEnumerable<YearRow> Rows(string scenario, SimulationResult result)
    {
        foreach (var replicate in result.Replicates)
        {
            for (var i = 0; i < replicate.Years.Count; i++)
            {
                yield return new YearRow(scenario, replicate, replicate.Years[i],
                    Additionality.Of(replicate.Years[i]), Additionality.Of(replicate.Years.Take(i + 1)));
            }
        }
    }
}
