using Rdsim.Reporting.Data;
using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Workbook;

/// <summary>
/// The totals row of the years sheet: each flow summed over the years — money spent, paid or forgone in a year, patents
/// granted, certifications made — as a mean over replicates (a sum over replicates would count each year once per shock
/// path). Stocks (firms, knowledge), ratios, indices and the <c>cum_</c> columns, already running totals, get none.
/// </summary>
public static class YearsTotals
{
    /// <summary>The flows that add up over years, in both worlds.</summary>
    private static readonly WorldMetric[] CountFlows = [WorldColumns.Patents, WorldColumns.InventionPatents, WorldColumns.HnteNewlyCertified, WorldColumns.HnteRecertified];

    private static readonly HashSet<Column> Summable = new(
        WorldColumns.All.Where(m => (m.Unit == "mn CNY" && m != WorldColumns.Knowledge) || CountFlows.Contains(m))
            .SelectMany(m => new Column[] { YearsTable.Scenario(m), YearsTable.Counterfactual(m) })
            .Concat(AdditionalityColumns.All.Select(YearsTable.ThisYear).Where(c => c.Unit == "mn CNY")),
        ReferenceEqualityComparer.Instance);

    /// <summary>Whether <paramref name="column"/> adds up over years.</summary>
    public static bool Adds(Column column) => Summable.Contains(column);

    /// <summary>The total of <paramref name="column"/> over <paramref name="years"/>, mean over replicates; null when it does not add up.</summary>
    public static double? Of(YearsData years, Column<YearRow> column) => Adds(column) ? years.Total(column) / years.Replicates : null;
}
