using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Reporting.Tables;
using static Rdsim.Reporting.Workbook.ItemRows;

namespace Rdsim.Reporting.Workbook;

/// <summary>
/// A sensitivity folder's <c>results.xlsx</c>: the summary (what was varied, and the base run's headline numbers with their
/// lowest and highest over the varied parameters, as the brief's band) and <c>sensitivity.csv</c> as a sheet. Units in the
/// headers, numbers rounded for reading by their cells' formats, as in a run's workbook; headers and sheet names in the
/// brief's language.
/// </summary>
public static class SensitivityWorkbook
{
    /// <summary>The workbook's file name in a sensitivity folder.</summary>
    public const string File = RunWorkbook.File;

    /// <summary>
    /// Writes the workbook of <paramref name="result"/>, made as <paramref name="manifest"/> says, into <paramref name="folder"/> (which
    /// holds its <c>sensitivity.csv</c> already), atomically, in <paramref name="language"/>.
    /// </summary>
    public static void Write(SensitivityResult result, SensitivityManifest manifest, string folder, ChartLanguage language)
    {
        var t = WorkbookText.For(language);
        XlsxWriter.Write(Path.Combine(folder, File),
            [Summary(result, manifest, t), SensitivityTable.Sheet(Path.Combine(folder, SensitivityTable.File), t.SensitivitySheet, t.Header)]);
    }

    private static XlsxSheet Summary(SensitivityResult result, SensitivityManifest m, WorkbookText t)
    {
        List<IReadOnlyList<XlsxCell>> rows =
        [
            Heading(t.Item("analysis")),
            Text(t.Item("base"), result.Scenario),
            Text(t.Item("scenarioFile"), m.Base),
            Value(t.Item("replicates"), m.Replications, XlsxFormat.Whole, t.Item("replicatesUnit")),
            Text(t.Item("seed"), m.Seed.ToString(CultureInfo.InvariantCulture), t.Item("seedUnit")),
            .. m.Vary.Select(v => Text(t.Item("varied"), v)),
            [],
            Heading(t.Item("baseRun")),
            .. SensitivityMetric.All.Select(metric => Metric(metric, result, t)),
            [],
            Text(t.Item("fingerprint", result.Scenario), result.Base.Fingerprint),
            Text(t.Item("tool"), $"{m.Tool} {m.Version}"),
            Text(t.Item("command"), m.Command),
            [],
            [XlsxCell.Of(t.RoundingNote)],
        ];
        return Sheet(t.SummarySheet, [.. t.SummaryHeader, t.Item("band"), ""], rows, [44, 24, 24, 24, 24]);
    }

    /// <summary>The base run's value of <paramref name="metric"/>, its unit, and its lowest and highest over the varied parameters.</summary>
    private static IReadOnlyList<XlsxCell> Metric(SensitivityMetric metric, SensitivityResult result, WorkbookText t)
    {
        var format = XlsxFormats.ForNumber(metric.Unit);
        var (low, high) = result.Band(metric);
        var column = Column<SensitivityPoint>.Number(metric.Name, metric.Unit, "", p => p.Of(metric));
        return [XlsxCell.Of(t.Header(column)), XlsxCell.Of(result.Base.Of(metric), format), XlsxCell.Of(t.Unit(metric.Unit)), XlsxCell.Of(low, format), XlsxCell.Of(high, format)];
    }
}
