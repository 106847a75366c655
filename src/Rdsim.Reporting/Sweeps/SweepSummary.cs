using Rdsim.Engine.Results;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Sweeps;

/// <summary>One grid point's outcome over the whole run (last year's cumulative values, mean over replicates).</summary>
/// <param name="Point">Grid index.</param>
/// <param name="Values">Its swept values, in parameter order.</param>
/// <param name="InducedRealRd">Cumulative induced real R&amp;D.</param>
/// <param name="RevenueForgone">Cumulative revenue forgone.</param>
public sealed record SweepSummary(int Point, IReadOnlyList<string> Values, double InducedRealRd, double RevenueForgone)
{
    /// <summary>Cumulative induced real R&amp;D per yuan forgone (NaN unless revenue was forgone: <see cref="Additionality.PerYuanForgone"/>).</summary>
    public double BangForBuck => Additionality.PerYuanForgone(InducedRealRd, RevenueForgone);

    /// <summary>Whether no other point forgoes no more revenue and induces at least as much R&amp;D, one of them strictly.</summary>
    public bool IsDominatedBy(SweepSummary other) =>
        other.RevenueForgone <= RevenueForgone && other.InducedRealRd >= InducedRealRd
        && (other.RevenueForgone < RevenueForgone || other.InducedRealRd > InducedRealRd);

    /// <summary>The summary of point <paramref name="point"/>, swept at <paramref name="values"/>, from its years.</summary>
    public static SweepSummary Of(int point, IReadOnlyList<string> values, YearsData years) =>
        new(point, values, years.Values(YearsTable.Cumulative(AdditionalityColumns.InducedRealRd))[^1].Average(),
            years.Values(YearsTable.Cumulative(AdditionalityColumns.RevenueForgone))[^1].Average());
}
