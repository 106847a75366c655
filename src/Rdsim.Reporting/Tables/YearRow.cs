using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;

namespace Rdsim.Reporting.Tables;

/// <summary>One row of <c>years.csv</c>: one replicate in one year, with additionality so far.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Replicate">Replicate the row belongs to.</param>
/// <param name="Year">The year's results.</param>
/// <param name="ThisYear">Additionality of the year.</param>
/// <param name="Cumulative">Additionality from the first reported year to this one.</param>
/// <param name="CumulativeScenario">The scenario world's totals summed from the first reported year to this one.</param>
public sealed record YearRow(string Scenario, ReplicateResult Replicate, YearResult Year, Additionality ThisYear, Additionality Cumulative,
    YearAggregate CumulativeScenario);
