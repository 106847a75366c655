using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Data;

/// <summary>
/// Who benefits, over a whole run: for each group of <c>groups.csv</c> (sectors, size classes, tax statuses, regions), the relief it
/// received, the real R&amp;D it was induced to do, the revenue forgone on it, and its shares of the relief and of the induced
/// R&amp;D. Read from the scenario rows of the groups table, so a run in memory and the same run read back give the same numbers.
/// </summary>
public static class WhoBenefits
{
    /// <summary>
    /// The groups of <paramref name="groups"/> in reading order: tax statuses, size classes, then sectors and regions by relief, largest first.
    /// The shares are of the group's kind's total (each kind covers every firm). A group without firms in the last year, relief or
    /// induced R&amp;D (a sector the population does not have) is left out.
    /// </summary>
    public static IReadOnlyList<GroupBenefit> Of(ResultTable<GroupRow> groups)
    {
        var all = InFileOrder(groups).Where(g => g.Firms > 0 || g.Relief != 0 || g.InducedRealRd != 0).ToList();
        return
        [
            .. all.Where(g => g.Kind == GroupsTable.TaxStatusKind),
            .. all.Where(g => g.Kind == GroupsTable.SizeKind),
            .. all.Where(g => g.Kind == GroupsTable.SectorKind).OrderByDescending(g => g.Relief),
            .. all.Where(g => g.Kind == GroupsTable.RegionKind).OrderByDescending(g => g.Relief),
        ];
    }

    private static IEnumerable<GroupBenefit> InFileOrder(ResultTable<GroupRow> groups)
    {
        var rows = Enumerable.Range(0, groups.Count).Where(r => groups.Text(GroupsTable.World, r) == "scenario").ToList();
        if (rows.Count == 0) return [];
        var replicates = rows.Select(r => groups.Integer(GroupsTable.Replicate, r)).Distinct().Count();
        var lastYear = rows.Max(r => groups.Integer(GroupsTable.Year, r));
        double Mean(IEnumerable<int> of, Column<GroupRow> column) => of.Select(r => groups.Number(column, r)).Where(double.IsFinite).Sum() / replicates;

        var sums = rows.GroupBy(r => (Kind: groups.Text(GroupsTable.GroupKind, r), Group: groups.Text(GroupsTable.Group, r)))
            .Select(g => (g.Key.Kind, g.Key.Group,
                Firms: Mean(g.Where(r => groups.Integer(GroupsTable.Year, r) == lastYear), GroupsTable.Of(WorldColumns.Firms)),
                Relief: Mean(g, GroupsTable.Of(WorldColumns.ReliefTotal)),
                Induced: Mean(g, GroupsTable.ThisYear(AdditionalityColumns.InducedRealRd)),
                Forgone: Mean(g, GroupsTable.ThisYear(AdditionalityColumns.RevenueForgone))))
            .ToList();
        var reliefByKind = sums.GroupBy(s => s.Kind).ToDictionary(k => k.Key, k => k.Sum(s => s.Relief));
        var inducedByKind = sums.GroupBy(s => s.Kind).ToDictionary(k => k.Key, k => k.Sum(s => s.Induced));
        return sums.Select(s => new GroupBenefit(s.Kind, s.Group, s.Firms, s.Relief, s.Induced, s.Forgone,
            Ratio(s.Relief, reliefByKind[s.Kind]), Ratio(s.Induced, inducedByKind[s.Kind])));
    }

    private static double Ratio(double part, double whole) => whole != 0 ? part / whole : double.NaN;
}
