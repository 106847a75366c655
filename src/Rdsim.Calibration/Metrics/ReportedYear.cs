using Rdsim.Model.Firms;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;

namespace Rdsim.Calibration.Metrics;

/// <summary>One replicate's year of a run in the scenario world, read through the shared column definitions (<see cref="WorldColumns"/>).</summary>
public sealed class ReportedYear
{
    private readonly RunResult _run;
    private readonly int _row;
    private readonly Lazy<ILookup<(int, int), int>> _sectorRows;
    private readonly Lazy<ILookup<(int, int), int>> _manufacturingSizeRows;

    internal ReportedYear(RunResult run, int row, Lazy<ILookup<(int, int), int>> sectorRows, Lazy<ILookup<(int, int), int>> manufacturingSizeRows)
    {
        (_run, _row, _sectorRows, _manufacturingSizeRows) = (run, row, sectorRows, manufacturingSizeRows);
    }

    /// <summary>The calendar year.</summary>
    public int Year => (int)_run.YearsTable.Integer(YearsTable.Year, _row);

    /// <summary><paramref name="metric"/> over every firm.</summary>
    public double Total(WorldMetric metric) => _run.YearsTable.Number(YearsTable.Scenario(metric), _row);

    /// <summary><paramref name="metric"/> summed over the manufacturing sectors, in sector order.</summary>
    public double Manufacturing(WorldMetric metric)
    {
        var manufacturing = Sectors.All.Where(s => s.IsManufacturing).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        return SumOver(_sectorRows, group => manufacturing.Contains(group), metric);
    }

    /// <summary><paramref name="metric"/> summed over the manufacturing firms of size class <paramref name="smallest"/> and above, smallest first.</summary>
    public double ManufacturingFrom(SizeClass smallest, WorldMetric metric)
    {
        var classes = Enum.GetValues<SizeClass>().Where(c => c >= smallest).Select(SizeClasses.Key).ToHashSet(StringComparer.Ordinal);
        return SumOver(_manufacturingSizeRows, group => classes.Contains(group), metric);
    }

    private double SumOver(Lazy<ILookup<(int, int), int>> rows, Func<string, bool> inGroup, WorldMetric metric)
    {
        var groups = _run.Groups;
        var key = ((int)_run.YearsTable.Integer(YearsTable.Replicate, _row), Year);
        return rows.Value[key].Where(row => inGroup(groups.Text(GroupsTable.Group, row))).Sum(row => groups.Number(GroupsTable.Of(metric), row));
    }
}
