using Rdsim.Reporting.Tables;

namespace Rdsim.Reporting.Workbook;

/// <summary>
/// A result table as a workbook sheet: the same columns as its CSV, each header with its unit (<c>real_rd (mn CNY)</c>),
/// each cell with the CSV's value shown in its unit's format. Columns of identifiers too long for a spreadsheet's 15
/// significant digits (seeds) are written as text, so that no digit is lost.
/// </summary>
public static class TableSheet
{
    /// <summary>
    /// The sheet <paramref name="name"/> of <paramref name="table"/> (stored as <paramref name="file"/>), its integer <paramref name="textColumns"/> written as text,
    /// with a totals row labelled <paramref name="totalsLabel"/> holding <paramref name="total"/> of the columns it gives one for, each
    /// column headed by <paramref name="header"/> (by default <see cref="Header"/>: its name and unit, as in docs/outputs.md).
    /// </summary>
    public static XlsxSheet Of<TRow>(string name, string file, ResultTable<TRow> table, IReadOnlyCollection<Column<TRow>>? textColumns = null,
        string? totalsLabel = null, Func<Column<TRow>, double?>? total = null, Func<Column, string>? header = null)
    {
        header ??= Header;
        var columns = table.Columns;
        var asText = columns.Select(c => textColumns?.Contains(c) ?? false).ToArray();
        var formats = columns.Select(c => c.Kind == CellKind.Integer ? XlsxFormats.ForInteger(c.Unit) : XlsxFormats.ForNumber(c.Unit)).ToArray();
        IReadOnlyList<XlsxCell>? totals = total is null ? null
            : [XlsxCell.Of(totalsLabel ?? "", bold: true), .. columns.Skip(1).Select((c, i) => total(c) is { } sum ? XlsxCell.Of(sum, formats[i + 1], bold: true) : XlsxCell.Empty)];
        // Text columns (scenario names, groups) are wider than their headers; the others as wide as their header.
        var widths = columns.Select(c => (double)Math.Clamp(header(c).Length + 3, c.Kind == CellKind.Text ? 28 : 10, 48)).ToList();
        return new XlsxSheet(name, [.. columns.Select(c => XlsxCell.Of(header(c), bold: true))], Rows(table, asText, formats), totals, Filter: true,
            CutNote: $"A sheet holds at most {XlsxWriter.MaxRows:N0} rows: the rest are in {file}.", Widths: widths);
    }

    /// <summary>The header of <paramref name="column"/>: its name and, where it says something, its unit.</summary>
    public static string Header(Column column) =>
        column.Unit is "" or "text" or "integer" || column.Unit == column.Name ? column.Name : $"{column.Name} ({column.Unit})";

    private static IEnumerable<IReadOnlyList<XlsxCell>> Rows<TRow>(ResultTable<TRow> table, bool[] asText, XlsxFormat[] formats)
    {
        var columns = table.Columns;
        foreach (var row in table.Stream())
        {
            var cells = new XlsxCell[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                cells[i] = columns[i].Kind switch
                {
                    CellKind.Text => XlsxCell.Of(row.Text(columns[i])),
                    CellKind.Integer when asText[i] => XlsxCell.Of(CsvText.Integer(row.Integer(columns[i]))),
                    CellKind.Integer => XlsxCell.Of(row.Integer(columns[i]), formats[i]),
                    _ => XlsxCell.Of(row.Number(columns[i]), formats[i]),
                };
            }
            yield return cells;
        }
    }
}
