using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Sensitivity;

/// <summary>
/// <c>sensitivity.csv</c>: one row for the base run, then one per varied parameter × end, with every
/// <see cref="SensitivityMetric"/>, its difference from the base run, and the run's result fingerprint.
/// </summary>
public static class SensitivityTable
{
    /// <summary>The file's name.</summary>
    public const string File = "sensitivity.csv";

    private const string BaseEnd = "base";

    private static readonly Column<Row> Scenario = Column<Row>.Text("scenario", "text", "Base scenario name", r => r.Scenario);

    private static readonly Column<Row> Parameter = Column<Row>.Text("parameter", "text", "The parameter varied (empty for the base run)", r => r.Point.Parameter ?? "");

    private static readonly Column<Row> End = Column<Row>.Text("end", "text", "base, low or high: which end of its range the parameter is at", r => SensitivityEndText.Format(r.Point.End, BaseEnd));

    private static readonly Column<Row> Value = Column<Row>.Text("value", "as the parameter", "The value it was set to (empty for the base run)", r => r.Point.Value);

    private static readonly Column<Row> Fingerprint = Column<Row>.Text("result_fingerprint", "SHA-256", "The run's result fingerprint (as in a run's manifest.json)", r => r.Point.Fingerprint);

    private static readonly IReadOnlyList<Column<Row>> Metrics =
        [.. SensitivityMetric.All.Select(m => Column<Row>.Number(m.Name, m.Unit, $"{m.Name} over the whole run, as in years.csv's last year (mean over replicates)", r => r.Point.Of(m)))];

    private static readonly IReadOnlyList<Column<Row>> Deltas =
        [.. SensitivityMetric.All.Select(m => Column<Row>.Number($"delta_{m.Name}", m.Unit, $"{m.Name} minus the base run's", r => r.Point.Of(m) - r.Base.Of(m)))];

    /// <summary>Every column, in file order.</summary>
    public static IReadOnlyList<Column> Columns => AllColumns;

    private static readonly IReadOnlyList<Column<Row>> AllColumns = [Scenario, Parameter, End, Value, .. Metrics, .. Deltas, Fingerprint];

    /// <summary>Writes <paramref name="result"/> to <paramref name="path"/>, atomically, with a byte-order mark when <paramref name="byteOrderMark"/>.</summary>
    public static void Write(string path, SensitivityResult result, bool byteOrderMark = false) =>
        TableWriter.Write(path, AllColumns, result.Variants.Prepend(result.Base).Select(p => new Row(result.Scenario, p, result.Base)), byteOrderMark);

    /// <summary>The analysis stored in <paramref name="path"/>, as <see cref="Write"/> wrote it.</summary>
    /// <exception cref="Scenarios.Loading.InputException">The file is missing, has no base row, or a column is missing or malformed.</exception>
    public static SensitivityResult Read(string path)
    {
        var table = ResultTable<Row>.Read(path, AllColumns);
        var points = Enumerable.Range(0, table.Count).Select(r => new SensitivityPoint(
            table.Text(Parameter, r) is { Length: > 0 } p ? p : null,
            SensitivityEndText.Parse(table.Text(End, r)),
            table.Text(Value, r),
            [.. Metrics.Select(m => table.Number(m, r))],
            table.Text(Fingerprint, r))).ToList();
        if (points.Count == 0 || points[0].End is not null) throw table.Invalid(new("the first row is not the base run: not a sensitivity.csv rdsim wrote", "第一行不是基准运行：不是 rdsim 写的 sensitivity.csv"));
        return new SensitivityResult(table.Text(Scenario, 0), points[0], points[1..]);
    }

    /// <summary>
    /// The table stored in <paramref name="path"/> as the workbook sheet <paramref name="name"/>, each column headed by
    /// <paramref name="header"/> (<see cref="Workbook.TableSheet"/>: the file's cells, rounded for reading by their formats).
    /// </summary>
    public static Workbook.XlsxSheet Sheet(string path, string name, Func<Column, string> header) =>
        Workbook.TableSheet.Of(name, File, ResultTable<Row>.Read(path, AllColumns), header: header);

    /// <summary>A row: one run of the analysis beside the base run its deltas are taken from.</summary>
    private sealed record Row(string Scenario, SensitivityPoint Point, SensitivityPoint Base);
}
