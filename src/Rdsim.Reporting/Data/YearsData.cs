namespace Rdsim.Reporting.Data;

/// <summary><c>years.csv</c> read back: every metric by year and replicate.</summary>
public sealed class YearsData
{
    private readonly CsvTable _table;
    private readonly int[][] _rowsByYear;

    private YearsData(CsvTable table)
    {
        _table = table;
        if (table.Rows.Count == 0) throw table.Invalid("the file has no rows: not a complete run");
        var year = table.Column("year");
        var replicate = table.Column("replicate");
        Years = [.. table.Rows.Select(r => table.Integer(r, year)).Distinct().Order()];
        Replicates = table.Rows.Select(r => r[replicate]).Distinct().Count();
        _rowsByYear = [.. Years.Select(y => Enumerable.Range(0, table.Rows.Count).Where(i => table.Rows[i][year] == y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray())];
        Scenario = table.Rows.Count > 0 ? table.Rows[0][table.Column("scenario")] : "";
    }

    /// <summary>The scenario's name.</summary>
    public string Scenario { get; }

    /// <summary>The reported years, in order.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>How many replicates.</summary>
    public int Replicates { get; }

    /// <summary>Reads <c>years.csv</c>.</summary>
    public static YearsData Read(string path) => new(CsvTable.Read(path));

    /// <summary>A metric's values, indexed [year][replicate].</summary>
    public double[][] Values(string column)
    {
        var c = _table.Column(column);
        return [.. _rowsByYear.Select(rows => rows.Select(r => CsvTable.Number(_table.Rows[r][c])).ToArray())];
    }

    /// <summary>A metric's mean and 5–95% band by year.</summary>
    public SeriesBand Band(string column) => SeriesBand.Of(Years, Values(column));

    /// <summary>A metric's mean over replicates in the last year.</summary>
    public double Last(string column) => Band(column).Mean[^1];

    /// <summary>A metric summed over every year and replicate (for pooled ratios).</summary>
    public double Total(string column) => Values(column).SelectMany(v => v).Where(double.IsFinite).Sum();
}
