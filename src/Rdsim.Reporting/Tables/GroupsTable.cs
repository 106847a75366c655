using Rdsim.Engine;
using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;

namespace Rdsim.Reporting.Tables;

/// <summary>
/// <c>groups.csv</c>: the same metrics as <c>years.csv</c> by sector and by size class, for both worlds:
/// which firms respond, and who gets the relief.
/// </summary>
public static class GroupsTable
{
    /// <summary>The columns, in file order.</summary>
    public static IReadOnlyList<Column<GroupRow>> Columns { get; } =
    [
        new("scenario", "text", "Scenario name", r => r.Scenario),
        new("replicate", "index", "Replicate (0-based)", r => CsvText.Integer(r.Replicate)),
        new("year", "year", "Calendar year", r => CsvText.Integer(r.Year)),
        new("world", "text", "scenario, or counterfactual (every incentive off, same shocks)", r => r.World),
        new("group_kind", "text", "sector, or size (revenue class: micro < 3, small < 20, medium < 400, large ≥ 400 mn CNY)", r => r.GroupKind),
        new("group", "text", "Sector key or size class", r => r.Group),
        .. WorldColumns.For<GroupRow>("", "the row's world and group", r => r.Aggregate),
        .. AdditionalityColumns.For<GroupRow>("", "the group's scenario against its counterfactual; empty in counterfactual rows", r => r.Additionality),
    ];

    /// <summary>The rows of a result.</summary>
    public static IEnumerable<GroupRow> Rows(string scenario, SimulationResult result)
    {
        foreach (var replicate in result.Replicates)
        {
            foreach (var year in replicate.Years)
            {
                foreach (var (world, breakdown) in new[] { ("scenario", year.Scenario), ("counterfactual", year.Counterfactual) })
                {
                    var paired = world == "scenario";
                    foreach (var sector in Sectors.All)
                    {
                        yield return new GroupRow(scenario, replicate.Replicate, year.Year, world, "sector", sector.Key, breakdown.BySector[sector.Id],
                            paired ? Additionality.Of([(year.Scenario.BySector[sector.Id], year.Counterfactual.BySector[sector.Id])]) : null);
                    }
                    for (var size = 0; size < SizeClasses.Count; size++)
                    {
                        yield return new GroupRow(scenario, replicate.Replicate, year.Year, world, "size", SizeClasses.Key((SizeClass)size), breakdown.BySize[size],
                            paired ? Additionality.Of([(year.Scenario.BySize[size], year.Counterfactual.BySize[size])]) : null);
                    }
                }
            }
        }
    }
}
