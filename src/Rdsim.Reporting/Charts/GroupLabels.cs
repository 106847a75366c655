using Rdsim.Model.Firms;
using Rdsim.Reporting.Tables;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Reporting.Charts;

/// <summary>The names of <c>groups.csv</c>'s groups and group kinds as charts and briefs show them, in one language.</summary>
public static class GroupLabels
{
    /// <summary>The name of the kind <paramref name="kind"/> (<c>groups.csv</c>'s <c>group_kind</c>).</summary>
    public static string Kind(ChartText t, string kind) => kind switch
    {
        GroupsTable.SectorKind => t.BySector,
        GroupsTable.SizeKind => t.BySize,
        GroupsTable.TaxStatusKind => t.ByTaxStatus,
        GroupsTable.RegionKind => t.ByRegion,
        _ => kind,
    };

    /// <summary>The name of group <paramref name="group"/> of kind <paramref name="kind"/>; the key itself for one rdsim does not know.</summary>
    public static string Group(ChartLanguage language, string kind, string group)
    {
        var t = ChartText.For(language);
        return kind switch
        {
            GroupsTable.SectorKind when Sectors.Find(group) is { } s => language == ChartLanguage.Zh ? s.NameZh : s.NameEn,
            // The names are listed in enum order, and the enums number their values from 0.
            GroupsTable.SizeKind when Array.FindIndex(Enum.GetValues<SizeClass>(), c => SizeClasses.Key(c) == group) is var i and >= 0 => t.SizeClassNames[i],
            GroupsTable.TaxStatusKind when Array.FindIndex(Enum.GetValues<TaxStatus>(), s => TaxStatuses.Key(s) == group) is var i and >= 0 => t.TaxStatusNames[i],
            // Region names are Chinese in the population; an English brief shows the listed cities' English names.
            GroupsTable.RegionKind when language == ChartLanguage.En && ChineseNameParts.RegionNamesEn.TryGetValue(group, out var english) => english,
            _ => group,
        };
    }
}
