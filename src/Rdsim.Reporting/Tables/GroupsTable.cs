using Rdsim.Engine;
using Rdsim.Engine.Results;
using Rdsim.Model.Firms;

namespace Rdsim.Reporting.Tables;

/// <summary>
/// <c>groups.csv</c>: the same metrics as <c>years.csv</c> by sector and by size class, for both worlds:
/// which firms respond, and who gets the relief.
/// </summary>
public static class GroupsTable
{
    /// <summary><c>replicate</c>: the replicate (0-based).</summary>
    public static readonly Column<GroupRow> Replicate = Column<GroupRow>.Integer("replicate", "index", "Replicate (0-based)", r => r.Replicate);

    /// <summary><c>year</c>: the calendar year.</summary>
    public static readonly Column<GroupRow> Year = Column<GroupRow>.Integer("year", "year", "Calendar year", r => r.Year);

    /// <summary><c>world</c>: <c>scenario</c> or <c>counterfactual</c>.</summary>
    public static readonly Column<GroupRow> World = Column<GroupRow>.Text("world", "text", "scenario, or counterfactual (every incentive off, same shocks)", r => r.World);

    /// <summary><c>group_kind</c>: <c>sector</c> or <c>size</c>.</summary>
    public static readonly Column<GroupRow> GroupKind = Column<GroupRow>.Text("group_kind", "text",
        "sector, or size (revenue class: micro < 3, small < 20, medium < 400, large ≥ 400 mn CNY)", r => r.GroupKind);

    /// <summary><c>group</c>: the sector key or size class.</summary>
    public static readonly Column<GroupRow> Group = Column<GroupRow>.Text("group", "text", "Sector key or size class", r => r.Group);

    private static readonly Dictionary<WorldMetric, Column<GroupRow>> WorldMetricColumns =
        WorldColumns.All.ToDictionary(m => m, m => m.AsColumn<GroupRow>("", "the row's world and group", r => r.Aggregate));

    /// <summary>The columns, in file order.</summary>
    public static IReadOnlyList<Column<GroupRow>> Columns { get; } =
    [
        Column<GroupRow>.Text("scenario", "text", "Scenario name", r => r.Scenario),
        Replicate,
        Year,
        World,
        GroupKind,
        Group,
        .. WorldColumns.All.Select(m => WorldMetricColumns[m]),
        .. AdditionalityColumns.For<GroupRow>("", "the group's scenario against its counterfactual; empty in counterfactual rows", r => r.Additionality),
    ];

    /// <summary>The column of <paramref name="metric"/> for the row's world and group.</summary>
    public static Column<GroupRow> Of(WorldMetric metric) => WorldMetricColumns[metric];

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
