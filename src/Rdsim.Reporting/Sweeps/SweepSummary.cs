using Rdsim.Reporting.Data;

namespace Rdsim.Reporting.Sweeps;

/// <summary>One grid point's outcome over the whole run (last year's cumulative values, mean over replicates).</summary>
/// <param name="Point">Grid index.</param>
/// <param name="Values">Its swept values, in parameter order.</param>
/// <param name="InducedRealRd">Cumulative induced real R&amp;D.</param>
/// <param name="RevenueForgone">Cumulative revenue forgone.</param>
public sealed record SweepSummary(int Point, IReadOnlyList<string> Values, double InducedRealRd, double RevenueForgone)
{
    /// <summary>Cumulative induced real R&amp;D per yuan forgone.</summary>
    public double BangForBuck => RevenueForgone != 0 ? InducedRealRd / RevenueForgone : double.NaN;

    /// <summary>Whether no other point forgoes no more revenue and induces at least as much R&amp;D, one of them strictly.</summary>
    public bool IsDominatedBy(SweepSummary other) =>
        other.RevenueForgone <= RevenueForgone && other.InducedRealRd >= InducedRealRd
        && (other.RevenueForgone < RevenueForgone || other.InducedRealRd > InducedRealRd);

    /// <summary>The summaries of <c>sweep.csv</c>, whose swept columns are <paramref name="parameters"/>.</summary>
    public static IReadOnlyList<SweepSummary> Read(string path, IReadOnlyList<string> parameters)
    {
        var table = CsvTable.Read(path);
        var (point, year) = (table.Column("point"), table.Column("year"));
        var (induced, forgone) = (table.Column("cum_induced_real_rd"), table.Column("cum_revenue_forgone"));
        var swept = parameters.Select(table.Column).ToArray();
        var last = table.Rows.Max(r => r[year]);
        return [.. table.Rows.Where(r => r[year] == last).GroupBy(r => int.Parse(r[point], System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .Select(g => new SweepSummary(g.Key, [.. swept.Select(c => g.First()[c])],
                g.Average(r => CsvTable.Number(r[induced])), g.Average(r => CsvTable.Number(r[forgone]))))];
    }
}
