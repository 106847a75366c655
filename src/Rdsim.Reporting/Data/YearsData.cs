using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Data;

/// <summary>A run's <c>years.csv</c> table by year: every metric by year and replicate, means and bands across replicates.</summary>
public sealed class YearsData
{
    private readonly int[][] _rowsByYear;

    /// <summary>The years of <paramref name="table"/> (a run's), or of its <paramref name="rows"/> (a sweep point's in <c>sweep.csv</c>).</summary>
    /// <exception cref="Scenarios.Loading.InputException">A stored table without rows.</exception>
    public YearsData(ResultTable<YearRow> table, IReadOnlyList<int>? rows = null)
    {
        Table = table;
        if (table.Count == 0) throw table.Invalid(new("the file has no rows: not a complete run", "文件中没有数据行：不是完整的运行结果"));
        rows ??= [.. Enumerable.Range(0, table.Count)];
        Years = [.. rows.Select(r => (int)table.Integer(YearsTable.Year, r)).Distinct().Order()];
        Replicates = rows.Select(r => table.Integer(YearsTable.Replicate, r)).Distinct().Count();
        _rowsByYear = [.. Years.Select(y => rows.Where(r => table.Integer(YearsTable.Year, r) == y).ToArray())];
        Scenario = table.Text(YearsTable.ScenarioName, rows[0]);
    }

    /// <summary>The table read.</summary>
    public ResultTable<YearRow> Table { get; }

    /// <summary>The scenario's name.</summary>
    public string Scenario { get; }

    /// <summary>The reported years, in order.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>How many replicates.</summary>
    public int Replicates { get; }

    /// <summary>A metric's values, indexed [year][replicate].</summary>
    public double[][] Values(Column<YearRow> column) => [.. _rowsByYear.Select(rows => rows.Select(r => Table.Number(column, r)).ToArray())];

    /// <summary>A metric's mean and 5–95% band by year.</summary>
    public SeriesBand Band(Column<YearRow> column) => SeriesBand.Of(Years, Values(column));

    /// <summary>A metric's mean over replicates in the last year.</summary>
    public double Last(Column<YearRow> column) => Band(column).Mean[^1];

    /// <summary>A metric summed over every year and replicate (for pooled ratios).</summary>
    public double Total(Column<YearRow> column) => Values(column).SelectMany(v => v).Where(double.IsFinite).Sum();
}
