using Rdsim.Engine;
using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;

namespace Rdsim.Reporting.Tables;

/// <summary>
/// <c>groups.csv</c>: the same metrics as <c>years.csv</c> by sector, by size class, by tax status, by size class within manufacturing
/// and by region, for both worlds:
/// which firms respond, and who gets the relief (with each group's share of the relief and of the induced R&amp;D).
/// </summary>
public static class GroupsTable
{
    /// <summary><c>replicate</c>: the replicate (0-based).</summary>
    public static readonly Column<GroupRow> Replicate = Column<GroupRow>.Integer("replicate", "index", "Replicate (0-based)", r => r.Replicate);

    /// <summary><c>year</c>: the calendar year.</summary>
    public static readonly Column<GroupRow> Year = Column<GroupRow>.Integer("year", "year", "Calendar year", r => r.Year);

    /// <summary><c>world</c>: <c>scenario</c> or <c>counterfactual</c>.</summary>
    public static readonly Column<GroupRow> World = Column<GroupRow>.Text("world", "text", "scenario, or counterfactual (every incentive off, same shocks)", r => r.World);

    /// <summary><c>group_kind</c> of sector rows.</summary>
    public const string SectorKind = "sector";

    /// <summary><c>group_kind</c> of size-class rows.</summary>
    public const string SizeKind = "size";

    /// <summary><c>group_kind</c> of tax-status rows.</summary>
    public const string TaxStatusKind = "tax_status";

    /// <summary><c>group_kind</c> of region rows.</summary>
    public const string RegionKind = "region";

    /// <summary><c>group_kind</c> of the rows of the manufacturing sectors by size class.</summary>
    public const string ManufacturingSizeKind = "manufacturing_size";

    /// <summary><c>group_kind</c>: <c>sector</c>, <c>size</c>, <c>tax_status</c>, <c>manufacturing_size</c> or <c>region</c>.</summary>
    public static readonly Column<GroupRow> GroupKind = Column<GroupRow>.Text("group_kind", "text",
        "sector; size (revenue class: micro < 3, small < 20, medium < 400, large ≥ 400 mn CNY, by the row's world's revenue); tax_status " +
        "(taxpaying: the firm-year would pay tax without the incentives; nontaxpaying: it would not, through a loss or losses carried; " +
        "the counterfactual's status in both worlds); manufacturing_size (the manufacturing sectors' firms by the same size classes: China's " +
        "industrial statistics count manufacturing above 5 mn CNY of revenue to 2010 and above 20 mn from 2011, medium and large here; " +
        "these rows cover manufacturing only); or region (the firm's region, as in the population: drawn with its name, or read from population.from)",
        r => r.GroupKind);

    /// <summary><c>group</c>: the sector key, size class, tax status or region name.</summary>
    public static readonly Column<GroupRow> Group = Column<GroupRow>.Text("group", "text", "Sector key, size class (of all firms, or of manufacturing), tax status, or region name (as in the population, e.g. 宁波)", r => r.Group);

    /// <summary><c>relief_share</c>: the group's share of every firm's relief in the year.</summary>
    public static readonly Column<GroupRow> ReliefShare = Column<GroupRow>.Number("relief_share", "fraction",
        "The group's share of the year's relief from every instrument (its relief_total over all firms'; empty in counterfactual rows)",
        r => Share(r, a => a.TotalRelief));

    /// <summary><c>induced_real_rd_share</c>: the group's share of every firm's induced real R&amp;D in the year.</summary>
    public static readonly Column<GroupRow> InducedRealRdShare = Column<GroupRow>.Number("induced_real_rd_share", "fraction",
        "The group's share of the year's induced real R&D (its induced_real_rd over all firms'; may be negative or above 1 where groups respond in opposite directions; empty in counterfactual rows)",
        r => Share(r, a => a.InducedRealRd));

    private static readonly Dictionary<WorldMetric, Column<GroupRow>> WorldMetricColumns =
        WorldColumns.All.ToDictionary(m => m, m => m.AsColumn<GroupRow>("", "the row's world and group", r => r.Aggregate));

    private static readonly Dictionary<AdditionalityMetric, Column<GroupRow>> AdditionalityMetricColumns =
        AdditionalityColumns.All.ToDictionary(m => m, m => m.AsColumn<GroupRow>("", "the group's scenario against its counterfactual; empty in counterfactual rows", r => r.Additionality));

    /// <summary>The groups of every kind but region, in file order: its kind, its key, and how to find its aggregate in a breakdown.</summary>
    private static readonly IReadOnlyList<(string Kind, string Key, Func<YearBreakdown, YearAggregate> Of)> FixedGroups =
    [
        .. Sectors.All.Select(s => (SectorKind, s.Key, (Func<YearBreakdown, YearAggregate>)(b => b.BySector[s.Id]))),
        .. Enumerable.Range(0, SizeClasses.Count).Select(c => (SizeKind, SizeClasses.Key((SizeClass)c), (Func<YearBreakdown, YearAggregate>)(b => b.BySize[c]))),
        .. Enumerable.Range(0, TaxStatuses.Count).Select(t => (TaxStatusKind, TaxStatuses.Key((TaxStatus)t), (Func<YearBreakdown, YearAggregate>)(b => b.ByTaxStatus[t]))),
        .. Enumerable.Range(0, SizeClasses.Count).Select(c => (ManufacturingSizeKind, SizeClasses.Key((SizeClass)c), (Func<YearBreakdown, YearAggregate>)(b => b.ManufacturingBySize[c]))),
    ];

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
        .. AdditionalityColumns.All.Select(m => AdditionalityMetricColumns[m]),
        ReliefShare,
        InducedRealRdShare,
    ];

    /// <summary>The column of <paramref name="metric"/> for the row's world and group.</summary>
    public static Column<GroupRow> Of(WorldMetric metric) => WorldMetricColumns[metric];

    /// <summary>The column of <paramref name="metric"/> for the row's year: the group's scenario against its counterfactual.</summary>
    public static Column<GroupRow> ThisYear(AdditionalityMetric metric) => AdditionalityMetricColumns[metric];

    /// <summary>
    /// The rows of a result whose population's regions, by region id, are <paramref name="regions"/>: their rows come last, for
    /// the regions with firms in some year (a population's list names regions none of its firms may be in).
    /// </summary>
    public static IEnumerable<GroupRow> Rows(string scenario, SimulationResult result, IReadOnlyList<string> regions)
    {
        var years = result.Replicates.SelectMany(r => r.Years).ToList();
        IReadOnlyList<(string Kind, string Key, Func<YearBreakdown, YearAggregate> Of)> allGroups =
        [
            .. FixedGroups,
            .. regions.Select((name, id) => (RegionKind, name, (Func<YearBreakdown, YearAggregate>)(b => b.Region(id))))
                .Where((_, id) => years.Any(y => y.Scenario.Region(id)[CountMetric.Firms] > 0)),
        ];
        foreach (var replicate in result.Replicates)
        {
            foreach (var year in replicate.Years)
            {
                foreach (var (world, breakdown) in new[] { ("scenario", year.Scenario), ("counterfactual", year.Counterfactual) })
                {
                    var paired = world == "scenario";
                    var allFirms = paired ? Additionality.Of(year) : null;
                    foreach (var (kind, key, of) in allGroups)
                    {
                        yield return new GroupRow(scenario, replicate.Replicate, year.Year, world, kind, key, of(breakdown),
                            paired ? Additionality.Of([(of(year.Scenario), of(year.Counterfactual))]) : null, allFirms);
                    }
                }
            }
        }
    }

    private static double Share(GroupRow row, Func<Additionality, double> amount) =>
        row is { Additionality: { } group, AllFirms: { } all } && amount(all) != 0 ? amount(group) / amount(all) : double.NaN;
}
