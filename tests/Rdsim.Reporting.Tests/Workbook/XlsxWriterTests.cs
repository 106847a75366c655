using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Rdsim.Reporting.Tables;
using Rdsim.Reporting.Workbook;

namespace Rdsim.Reporting.Tests.Workbook;

/// <summary>The workbook writer on its own: a valid file, values kept whole, empty cells for undefined numbers, text cleaned.</summary>
public sealed class XlsxWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rdsim-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_sheet_reads_back_with_full_values_empty_cells_for_nan_and_a_totals_row()
    {
        var path = Path.Combine(_folder, "t.xlsx");
        XlsxSheet sheet = new("t", [XlsxCell.Of("name", bold: true), XlsxCell.Of("value (mn CNY)", bold: true)],
            [[XlsxCell.Of("a\u0001b"), XlsxCell.Of(1234.56789, XlsxFormat.Money)], [XlsxCell.Of("c"), XlsxCell.Of(double.NaN, XlsxFormat.Money)]],
            Totals: [XlsxCell.Of("Total", bold: true), XlsxCell.Of(1234.56789, XlsxFormat.Money, bold: true)], Filter: true);
        XlsxWriter.Write(path, [sheet]);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var part = document.WorkbookPart!.WorksheetParts.Single();
        var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("ab", rows[1][0].InnerText);                     // a control character XML forbids is dropped
        Assert.Equal("1234.56789", rows[1][1].CellValue!.Text);       // the whole value; the format rounds it for reading
        Assert.Single(rows[2]);                                       // NaN is an empty cell, as in the CSV
        Assert.Equal("Total", rows[3][0].InnerText);
        Assert.Equal("A1:B3", part.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);   // the totals row stays out of the filter
    }

    [Fact]
    public void Column_names_and_headers_with_units()
    {
        Assert.Equal(["A", "Z", "AA", "AZ", "BA", "DO"], new[] { 0, 25, 26, 51, 52, 118 }.Select(XlsxWriter.ColumnName));
        Assert.Equal("real_rd (mn CNY)", TableSheet.Header(YearsTable.Scenario(WorldColumns.RealRd)));
        Assert.Equal("year", TableSheet.Header(YearsTable.Year));
        Assert.Equal("seed", TableSheet.Header(YearsTable.Seed));
        Assert.Equal("#,##0.0", XlsxFormats.Code(XlsxFormats.ForNumber("mn CNY")));
        Assert.Equal(XlsxFormat.Whole, XlsxFormats.ForInteger("year"));
    }
}
