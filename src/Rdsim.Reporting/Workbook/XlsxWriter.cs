using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Workbook;

/// <summary>
/// Writes sheets as an <c>.xlsx</c> workbook with the Open XML SDK, row by row (its streaming writer: a sheet is never
/// held in memory), atomically: the workbook is built in memory and renamed into place complete, like every other file
/// of a run folder. Numbers keep their full value; the cell's number format rounds them for reading.
/// </summary>
public static class XlsxWriter
{
    /// <summary>The most rows a sheet holds, header included (Excel's limit).</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>The longest text a cell holds (Excel's limit).</summary>
    private const int MaxText = 32_767;

    private static readonly XlsxFormat[] Formats = Enum.GetValues<XlsxFormat>();

    /// <summary>Writes <paramref name="sheets"/> to <paramref name="path"/>, atomically.</summary>
    public static void Write(string path, IReadOnlyList<XlsxSheet> sheets)
    {
        // The SDK's package needs a stream it can read back; the file is written once complete.
        using var memory = new MemoryStream();
        Write(memory, sheets);
        AtomicFile.Write(path, stream => memory.WriteTo(stream));
    }

    /// <summary>Writes <paramref name="sheets"/> as a workbook to <paramref name="stream"/> (readable, writable and seekable).</summary>
    public static void Write(Stream stream, IReadOnlyList<XlsxSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var list = new Sheets();
        var filters = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var dataRows = WriteSheet(part, sheets[i]);
            list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = sheets[i].Name });
            if (sheets[i].Filter)
            {
                // Excel keeps a filter's range in this hidden name; without it some versions drop the filter.
                filters.Append(new DefinedName($"'{sheets[i].Name}'!{FilterRange(sheets[i], dataRows, absolute: true)}")
                    { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
            }
        }
        workbook.Workbook = filters.HasChildren ? new DocumentFormat.OpenXml.Spreadsheet.Workbook(list, filters) : new DocumentFormat.OpenXml.Spreadsheet.Workbook(list);
    }

    /// <summary>The style index of a cell: two per format, regular then bold (<see cref="Styles"/>).</summary>
    private static uint StyleOf(XlsxCell cell) => (uint)(Array.IndexOf(Formats, cell.Format) * 2 + (cell.Bold ? 1 : 0));

    /// <summary>
    /// Fonts regular and bold; a cell format per number format and weight; the two fills, the border and the "Normal" cell
    /// style every stylesheet must have (readers other than Excel warn without the style).
    /// </summary>
    private static Stylesheet Styles()
    {
        var numbering = new NumberingFormats(Formats.Select((f, i) => new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = XlsxFormats.Code(f) }))
            { Count = (uint)Formats.Length };
        var cells = new CellFormats(Formats.SelectMany((_, i) => new[] { false, true }.Select(bold => new CellFormat
        {
            NumberFormatId = (uint)(164 + i), FontId = bold ? 1u : 0u, FillId = 0, BorderId = 0, ApplyNumberFormat = true, ApplyFont = bold,
        }))) { Count = (uint)Formats.Length * 2 };
        return new Stylesheet(
            numbering,
            new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cells,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    /// <summary>Writes one sheet; returns how many data rows it holds (the header, totals and a cut note aside).</summary>
    private static int WriteSheet(WorksheetPart part, XlsxSheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(sheet.Header.Select((h, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1), CustomWidth = true,
            Width = sheet.Widths?[i] ?? Math.Clamp((h.Text?.Length ?? 8) + 3, 10, 48),
        })));
        writer.WriteStartElement(new SheetData());
        var row = 1;
        WriteRow(writer, row, sheet.Header);
        var dataRows = 0;
        var room = MaxRows - 1 - (sheet.Totals is null ? 0 : 1) - (sheet.CutNote is null ? 0 : 1);
        using var rows = sheet.Rows.GetEnumerator();
        while (rows.MoveNext())
        {
            if (dataRows == room)
            {
                WriteRow(writer, ++row, [XlsxCell.Of(sheet.CutNote ?? "", bold: true)]);
                break;
            }
            WriteRow(writer, ++row, rows.Current);
            dataRows++;
        }
        if (sheet.Totals is { } totals) WriteRow(writer, ++row, totals);
        writer.WriteEndElement();
        if (sheet.Filter) writer.WriteElement(new AutoFilter { Reference = FilterRange(sheet, dataRows, absolute: false) });
        writer.WriteEndElement();
        return dataRows;
    }

    private static void WriteRow(OpenXmlWriter writer, int index, IReadOnlyList<XlsxCell> cells)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)index });
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            if (cell.IsEmpty) continue;
            var reference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
            writer.WriteElement(cell.Text is { } text
                ? new Cell
                {
                    CellReference = reference, StyleIndex = StyleOf(cell), DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
                }
                : new Cell { CellReference = reference, StyleIndex = StyleOf(cell), CellValue = new CellValue(cell.Number) });
        }
        writer.WriteEndElement();
    }

    /// <summary>The header and data rows, for the filter (the totals row stays out of it, so filtering never hides it).</summary>
    private static string FilterRange(XlsxSheet sheet, int dataRows, bool absolute)
    {
        var (d, last) = (absolute ? "$" : "", ColumnName(sheet.Header.Count - 1));
        return $"{d}A{d}1:{d}{last}{d}{(1 + dataRows).ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The letters of column <paramref name="index"/> (0 → A, 26 → AA).</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>Text a cell can hold: no control characters XML forbids, at most Excel's length.</summary>
    private static string Clean(string text)
    {
        var clean = text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            ? new StringBuilder(text.Length).Append([.. text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r')]).ToString()
            : text;
        return clean.Length > MaxText ? clean[..(MaxText - 1)] + "…" : clean;
    }
}
