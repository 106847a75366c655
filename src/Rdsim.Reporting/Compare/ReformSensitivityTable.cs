using Rdsim.Reporting.Sensitivity;
using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Compare;

/// <summary>
/// <c>sensitivity_differences.csv</c> of a compare folder (<c>compare --sensitivity</c>): for each reform, one row for the plain
/// comparison, then one per varied parameter × end, each the reform minus the baseline with both run under that assumption,
/// with both runs' result fingerprints.
/// </summary>
public static class ReformSensitivityTable
{
    /// <summary>The file's name.</summary>
    public const string File = "sensitivity_differences.csv";

    private const string CentralEnd = "central";

    private static readonly Column<Row> Reform = Column<Row>.Text("scenario", "text", "The reform's scenario name", r => r.Reform);

    private static readonly Column<Row> Baseline = Column<Row>.Text("baseline", "text", "The baseline's scenario name", r => r.Baseline);

    private static readonly Column<Row> Parameter = Column<Row>.Text("parameter", "text", "The parameter varied in both runs (empty for the plain comparison)", r => r.Point.Parameter ?? "");

    private static readonly Column<Row> End = Column<Row>.Text("end", "text", "central, low or high: which end of its range the parameter is at (central: the plain comparison)", r => SensitivityEndText.Format(r.Point.End, CentralEnd));

    private static readonly Column<Row> Value = Column<Row>.Text("value", "as the parameter", "The value it was set to (empty for the plain comparison)", r => r.Point.Value);

    private static readonly Column<Row> Induced = Column<Row>.Number("delta_cum_induced_real_rd", Unit(AdditionalityColumns.InducedRealRd),
        "Cumulative induced real R&D over the run, reform minus baseline (as differences.csv's last year for the central row)", r => r.Point.InducedRealRd);

    private static readonly Column<Row> Forgone = Column<Row>.Number("delta_cum_revenue_forgone", Unit(AdditionalityColumns.RevenueForgone),
        "Cumulative revenue forgone over the run, reform minus baseline", r => r.Point.RevenueForgone);

    private static readonly Column<Row> Marginal = Column<Row>.Number("marginal_bang_for_buck", Unit(AdditionalityColumns.BangForBuck),
        "delta_cum_induced_real_rd ÷ delta_cum_revenue_forgone: what each extra yuan forgone buys (empty when revenue forgone does not change)", r => r.Point.MarginalBangForBuck);

    private static readonly Column<Row> BaselineBang = Column<Row>.Number("baseline_cum_bang_for_buck", Unit(AdditionalityColumns.BangForBuck),
        "The baseline's own cumulative bang for the buck under the same assumption", r => r.Point.BaselineBangForBuck);

    private static readonly Column<Row> BaselineFingerprint = Column<Row>.Text("baseline_result_fingerprint", "SHA-256",
        "The baseline run's result fingerprint (for the central row, as in its run folder's manifest.json)", r => r.Point.BaselineFingerprint);

    private static readonly Column<Row> ReformFingerprint = Column<Row>.Text("result_fingerprint", "SHA-256",
        "The reform run's result fingerprint (for the central row, as in its run folder's manifest.json)", r => r.Point.ReformFingerprint);

    private static readonly IReadOnlyList<Column<Row>> AllColumns =
        [Reform, Baseline, Parameter, End, Value, Induced, Forgone, Marginal, BaselineBang, BaselineFingerprint, ReformFingerprint];

    /// <summary>Every column, in file order.</summary>
    public static IReadOnlyList<Column> Columns => AllColumns;

    /// <summary>
    /// Writes <paramref name="reforms"/> to <paramref name="path"/>, atomically: each reform's central row, then its variants; with a
    /// byte-order mark when <paramref name="byteOrderMark"/>.
    /// </summary>
    public static void Write(string path, IReadOnlyList<ReformSensitivity> reforms, bool byteOrderMark = false) =>
        TableWriter.Write(path, AllColumns, reforms.SelectMany(s => s.Variants.Prepend(s.Central).Select(p => new Row(s.Reform, s.Baseline, p))), byteOrderMark);

    /// <summary>
    /// The analysis stored in <paramref name="path"/>, as <see cref="Write"/> wrote it for the compare of the runs whose result
    /// fingerprints are <paramref name="fingerprints"/> (the baseline's first): each central row must carry the baseline's and its reform's.
    /// </summary>
    /// <exception cref="Scenarios.Loading.InputException">
    /// The file is malformed, or belongs to other runs (a comparison made again without <c>--sensitivity</c> would have removed it).
    /// </exception>
    public static IReadOnlyList<ReformSensitivity> Read(string path, IReadOnlyList<string> fingerprints)
    {
        var table = ResultTable<Row>.Read(path, AllColumns);
        var reforms = new List<ReformSensitivity>();
        for (var r = 0; r < table.Count; r++)
        {
            var point = new DifferencePoint(table.Text(Parameter, r) is { Length: > 0 } p ? p : null, SensitivityEndText.Parse(table.Text(End, r)), table.Text(Value, r),
                table.Number(Induced, r), table.Number(Forgone, r), table.Number(BaselineBang, r), table.Text(BaselineFingerprint, r), table.Text(ReformFingerprint, r));
            if (point.End is null) reforms.Add(new ReformSensitivity(table.Text(Reform, r), table.Text(Baseline, r), point, []));
            else if (reforms.Count == 0) throw table.Invalid(new("the first row is not a plain comparison (end central): not a sensitivity_differences.csv rdsim wrote",
                "第一行不是普通比较（end central）：不是 rdsim 写的 sensitivity_differences.csv"));
            else reforms[^1] = reforms[^1] with { Variants = [.. reforms[^1].Variants, point] };
        }
        var belongs = reforms.Count == fingerprints.Count - 1 && reforms.Select((s, i) =>
            s.Central.BaselineFingerprint == fingerprints[0] && s.Central.ReformFingerprint == fingerprints[i + 1]).All(x => x);
        if (!belongs) throw table.Invalid(new("its plain comparisons are not those of the run folders beside it (their result fingerprints differ); run rdsim compare --sensitivity again",
            "其中的普通比较与旁边运行文件夹的不一致（结果指纹不同）；请重新运行 rdsim compare --sensitivity"));
        return reforms;
    }

    private static string Unit(AdditionalityMetric metric) => YearsTable.Cumulative(metric).Unit;

    /// <summary>
    /// The table stored in <paramref name="path"/> as the workbook sheet <paramref name="name"/>, each column headed by
    /// <paramref name="header"/> (<see cref="Workbook.TableSheet"/>: the file's cells, rounded for reading by their formats).
    /// </summary>
    public static Workbook.XlsxSheet Sheet(string path, string name, Func<Column, string> header) =>
        Workbook.TableSheet.Of(name, File, ResultTable<Row>.Read(path, AllColumns), header: header);

    /// <summary>A row: one point of one reform's analysis.</summary>
    private sealed record Row(string Reform, string Baseline, DifferencePoint Point);
}
