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

    internal ReportedYear(RunResult run, int row, Lazy<ILookup<(int, int), int>> sectorRows)
    {
        (_run, _row, _sectorRows) = (run, row, sectorRows);
    }

    /// <summary><paramref name="metric"/> over every firm.</summary>
    public double Total(WorldMetric metric) => _run.YearsTable.Number(YearsTable.Scenario(metric), _row);

    /// <summary><paramref name="metric"/> summed over the manufacturing sectors, in sector order.</summary>
    public double Manufacturing(WorldMetric metric)
    {
        var groups = _run.Groups;
        var key = ((int)_run.YearsTable.Integer(YearsTable.Replicate, _row), (int)_run.YearsTable.Integer(YearsTable.Year, _row));
        var manufacturing = Sectors.All.Where(s => s.IsManufacturing).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        return _sectorRows.Value[key].Where(row => manufacturing.Contains(groups.Text(GroupsTable.Group, row))).Sum(row => groups.Number(GroupsTable.Of(metric), row));
    }
}
