using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;

namespace Rdsim.Reporting.Tables;

/// <summary>One row of <c>groups.csv</c>: one group of firms in one world, replicate and year.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Replicate">Replicate index.</param>
/// <param name="Year">Year.</param>
/// <param name="World"><c>scenario</c> or <c>counterfactual</c>.</param>
/// <param name="GroupKind"><c>sector</c>, <c>size</c> or <c>tax_status</c>.</param>
/// <param name="Group">Sector key, size-class key or tax-status key.</param>
/// <param name="Aggregate">The group's aggregate.</param>
/// <param name="Additionality">The group's scenario against its counterfactual (null in counterfactual rows).</param>
/// <param name="AllFirms">Every firm's scenario against the counterfactual in the same year, for the group's shares (null in counterfactual rows).</param>
public sealed record GroupRow(string Scenario, int Replicate, int Year, string World, string GroupKind, string Group, YearAggregate Aggregate,
    Additionality? Additionality, Additionality? AllFirms);
