using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;

namespace Rdsim.Calibration.Metrics;

/// <summary>A run's reported years, replicate by replicate, as its tables give them: what a target is compared with.</summary>
public static class ReportedYears
{
    /// <summary>Each replicate's reported years of <paramref name="run"/>, by (replicate, year).</summary>
    public static IReadOnlyDictionary<(int Replicate, int Year), ReportedYear> Of(RunResult run)
    {
        var table = run.YearsTable;
        var sectors = new Lazy<ILookup<(int, int), int>>(() => ScenarioRows(run.Groups, GroupsTable.SectorKind));
        var manufacturingSizes = new Lazy<ILookup<(int, int), int>>(() => ScenarioRows(run.Groups, GroupsTable.ManufacturingSizeKind));
        return Enumerable.Range(0, table.Count).ToDictionary(
            row => ((int)table.Integer(YearsTable.Replicate, row), (int)table.Integer(YearsTable.Year, row)),
            row => new ReportedYear(run, row, sectors, manufacturingSizes));
    }

    /// <summary>The rows of <c>groups.csv</c> of group kind <paramref name="kind"/> in the scenario world, by (replicate, year), in file order.</summary>
    private static ILookup<(int, int), int> ScenarioRows(ResultTable<GroupRow> groups, string kind) =>
        Enumerable.Range(0, groups.Count)
            .Where(row => groups.Text(GroupsTable.World, row) == "scenario" && groups.Text(GroupsTable.GroupKind, row) == kind)
            .ToLookup(row => ((int)groups.Integer(GroupsTable.Replicate, row), (int)groups.Integer(GroupsTable.Year, row)));
}
