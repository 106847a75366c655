using System.Globalization;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Compare;
using Rdsim.Reporting.Data;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;
using static Rdsim.Reporting.Workbook.ItemRows;

namespace Rdsim.Reporting.Workbook;

/// <summary>
/// A compare folder's <c>results.xlsx</c>: the summary (what was compared, each scenario's headline totals as in
/// <c>summary.csv</c>, and each reform against the baseline), the differences from the baseline by year and metric
/// (<c>differences.csv</c>, with each metric's unit beside it, since the rows mix units), and, after <c>compare --sensitivity</c>,
/// <c>sensitivity_differences.csv</c>. Units in the headers, numbers rounded for reading by their cells' formats, as in a run's
/// workbook (<see cref="XlsxWriter"/>, <see cref="TableSheet"/>); headers and sheet names in the brief's language.
/// </summary>
public static class ComparisonWorkbook
{
    /// <summary>The workbook's file name in a compare folder.</summary>
    public const string File = RunWorkbook.File;

    /// <summary>
    /// Writes the workbook of <paramref name="runs"/> (the first is the baseline) into the compare folder <paramref name="folder"/>, atomically,
    /// in <paramref name="language"/>; with the folder's <c>sensitivity_differences.csv</c> when it has one.
    /// </summary>
    public static void Write(IReadOnlyList<RunResult> runs, string folder, ChartLanguage language)
    {
        var t = WorkbookText.For(language);
        var sensitivity = Path.Combine(folder, ReformSensitivityTable.File);
        XlsxWriter.Write(Path.Combine(folder, File),
        [
            Summary(runs, t),
            Differences(runs, t),
            .. System.IO.File.Exists(sensitivity) ? [ReformSensitivityTable.Sheet(sensitivity, t.ReformSensitivitySheet, t.Header)] : Array.Empty<XlsxSheet>(),
        ]);
    }

    private static XlsxSheet Summary(IReadOnlyList<RunResult> runs, WorkbookText t)
    {
        var m = runs[0].Manifest;
        var span = $"{m.FirstYear}–{m.LastYear}";
        var headlines = runs.Select(r => Headline.Of(r.Years)).ToList();
        var scenario = Column<RunResult>.Text("scenario", "text", "", r => r.Name);
        List<IReadOnlyList<XlsxCell>> rows =
        [
            Heading(t.Item("compared")),
            Text(t.Item("baseline"), runs[0].Name),
            .. runs.Skip(1).Select((r, i) => Text(t.Item("scenario", i + 2), r.Name)),
            Text(t.Item("years"), span),
            Value(t.Item("replicates"), runs[0].Years.Replicates, XlsxFormat.Whole, t.Item("replicatesUnit")),
            Text(t.Item("seed"), m.Seed.ToString(CultureInfo.InvariantCulture), t.Item("seedUnit")),
            Text(t.Item("engine"), $"{m.Engine} ({m.Cluster})"),
            Text(t.Item("tool"), $"{m.Tool} {m.Version}"),
            .. runs.Select(r => Text(t.Item("fingerprint", r.Name), r.Manifest.ResultFingerprint)),
            [],
            Heading(t.Item("totals", span)),
            [XlsxCell.Of(t.Header(scenario), bold: true), .. HeadlineColumns.All.Select(c => XlsxCell.Of(t.Header(AsColumn(c)), bold: true))],
            .. runs.Select((r, i) => (IReadOnlyList<XlsxCell>)[XlsxCell.Of(r.Name), .. HeadlineColumns.All.Select(c => XlsxCell.Of(c.Value(headlines[i]), XlsxFormats.ForNumber(c.Unit)))]),
            [],
            Heading(t.Item("differences", span)),
            [XlsxCell.Of(t.Header(scenario), bold: true), .. Deltas.Select(c => XlsxCell.Of(t.Header(c), bold: true))],
            .. runs.Skip(1).Select(r => Difference(HeadlineDifference.Total(runs[0], r), r.Name)),
            [],
            [XlsxCell.Of(t.RoundingNote)],
        ];
        return Sheet(t.SummarySheet, t.SummaryHeader, rows);
    }

    /// <summary>The columns of a reform against the baseline, named as in <c>sensitivity_differences.csv</c>.</summary>
    private static readonly IReadOnlyList<Column<HeadlineDifference>> Deltas =
    [
        Column<HeadlineDifference>.Number("delta_cum_induced_real_rd", "mn CNY", "", d => d.InducedRealRd),
        Column<HeadlineDifference>.Number("delta_cum_revenue_forgone", "mn CNY", "", d => d.RevenueForgone),
        Column<HeadlineDifference>.Number("marginal_bang_for_buck", "CNY per CNY", "", d => d.MarginalBangForBuck),
        Column<HeadlineDifference>.Number("delta_hnte_firms_last_year", "firms", "", d => d.HnteFirms),
        Column<HeadlineDifference>.Number("delta_claimants_last_year", "firms", "", d => d.Claimants),
    ];

    private static IReadOnlyList<XlsxCell> Difference(HeadlineDifference d, string name) =>
        [XlsxCell.Of(name), .. Deltas.Select(c => XlsxCell.Of(c.NumberOf(d), XlsxFormats.ForNumber(c.Unit)))];

    private static Column AsColumn(HeadlineColumn c) => Column<Headline>.Number(c.Name, c.Unit, c.Description, c.Value);

    /// <summary><c>differences.csv</c>'s rows, with a unit column after the metric: the rows mix units, so the header cannot carry one.</summary>
    private static XlsxSheet Differences(IReadOnlyList<RunResult> runs, WorkbookText t)
    {
        var units = DifferencesTable.Metrics.ToDictionary(c => c.Name, c => c.Unit);
        var columns = DifferencesTable.Columns;
        var unit = Column<DifferenceRow>.Text("unit", "text", "", r => units[r.Metric]);
        IReadOnlyList<Column> header = [.. columns.Take(4), unit, .. columns.Skip(4)];
        var rows = DifferencesTable.Rows(runs).Select(r =>
        {
            var format = XlsxFormats.ForNumber(units[r.Metric]);
            return (IReadOnlyList<XlsxCell>)
            [
                XlsxCell.Of(r.Scenario), XlsxCell.Of(r.Baseline), XlsxCell.Of(r.Year, XlsxFormat.Whole), XlsxCell.Of(r.Metric), XlsxCell.Of(t.Unit(units[r.Metric])),
                XlsxCell.Of(r.Value, format), XlsxCell.Of(r.BaselineValue, format), XlsxCell.Of(r.Value - r.BaselineValue, format),
            ];
        });
        return new XlsxSheet(t.DifferencesSheet, [.. header.Select(c => XlsxCell.Of(t.Header(c), bold: true))], rows, Filter: true,
            Widths: [.. header.Select(c => (double)Math.Clamp(t.Header(c).Length + 3, c.Kind == CellKind.Text ? 24 : 12, 40))]);
    }
}
