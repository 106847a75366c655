using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Rdsim.Reporting.Workbook;

namespace Rdsim.Cli.Tests.Commands;

/// <summary><c>results.xlsx</c> as a spreadsheet user meets it, read back with the library that wrote it.</summary>
public class WorkbookTests
{
    [Fact]
    public void A_run_writes_a_workbook_that_matches_its_csv_files_and_report_draws_it_again()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--replications", "2", "--engine", "reference", "--no-charts", "--out", "r"]).ExitCode);
        var folder = Path.Combine(rdsim.Folder, "r");
        var path = Path.Combine(folder, RunWorkbook.File);
        Assert.Contains($"\"path\": \"{RunWorkbook.File}\"", File.ReadAllText(Path.Combine(folder, "manifest.json")));

        using (var document = SpreadsheetDocument.Open(path, isEditable: false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            var workbook = document.WorkbookPart!;
            Assert.Equal(RunWorkbook.Sheets, workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));

            var csv = File.ReadAllLines(Path.Combine(folder, "years.csv")).Select(l => l.Split(',')).ToList();
            var years = Rows(workbook, "years");
            var header = years[0].Select(c => Text(c)).ToList();
            Assert.Equal(csv[0].Length, header.Count);
            var realRd = header.IndexOf("real_rd (mn CNY)");
            var seed = header.IndexOf("seed");
            Assert.True(realRd > 0 && seed > 0, string.Join(" | ", header));
            Assert.Contains("cf_real_rd (mn CNY)", header);
            Assert.Contains("rd_intensity (fraction)", header);

            // Every real R&D cell holds the CSV's value; the format rounds it for reading, to 0.1 mn CNY.
            for (var row = 1; row < csv.Count; row++)
            {
                var cell = Cell(years[row], realRd)!;
                Assert.Equal(double.Parse(csv[row][Array.IndexOf(csv[0], "real_rd")], CultureInfo.InvariantCulture), double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture), 9);
                Assert.Equal("#,##0.0", FormatCode(workbook, cell));
                // Seeds are text, digit for digit the CSV's (a number of 16 digits would lose its last one in a spreadsheet).
                Assert.Equal(CellValues.InlineString, Cell(years[row], seed)!.DataType!.Value);
                Assert.Equal(csv[row][Array.IndexOf(csv[0], "seed")], Text(Cell(years[row], seed)));
            }

            // Under the rows, the total over the years of a flow, as a mean over the two replicates; none for a stock.
            var totals = years[csv.Count];
            Assert.StartsWith("Total over the years", Text(totals[0]));
            var sum = csv.Skip(1).Sum(r => double.Parse(r[Array.IndexOf(csv[0], "real_rd")], CultureInfo.InvariantCulture)) / 2;
            Assert.Equal(sum, double.Parse(Cell(totals, realRd)!.CellValue!.Text, CultureInfo.InvariantCulture), 6);
            Assert.Null(Cell(totals, header.IndexOf("firms")));

            var summary = Rows(workbook, "summary").Where(r => r.Count > 0).ToDictionary(r => Text(r[0]), r => r);
            Assert.Equal(CellValues.InlineString, summary["Seed"][1].DataType!.Value);
            Assert.Equal("20240101", Text(summary["Seed"][1]));
            Assert.Equal("mn CNY", Text(summary["Cumulative induced real R&D"][2]));
            Assert.Contains("China", Text(summary["Scenario"][1]));
            Assert.Contains("intensity_from (percent)", Rows(workbook, "intensity_histogram")[0].Select(c => Text(c)));
        }

        var report = rdsim.Run("report", "r");
        Assert.True(report.ExitCode == 0, report.All);
        Assert.True(File.Exists(path));
        Assert.Equal(0, rdsim.Run("report", "r").ExitCode);   // the manifest lists the workbook drawn again, so the folder still checks out
    }

    [Fact]
    public void A_sweep_writes_its_table_as_a_workbook_and_with_csv_bom_marks_its_csv_files()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["sweep", Small.China, .. Small.Set(200), "--vary", "hnte.rate=0.10,0.15", "--csv-bom", "--no-charts", "--out", "s"]);
        Assert.True(result.ExitCode == 0, result.All);
        var folder = Path.Combine(rdsim.Folder, "s");
        foreach (var csv in new[] { "sweep.csv", Path.Combine("points", "0.csv") })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(folder, csv)).AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]), $"{csv} has no byte-order mark");
        }
        var lines = File.ReadAllLines(Path.Combine(folder, "sweep.csv"));
        using var document = SpreadsheetDocument.Open(Path.Combine(folder, "sweep.xlsx"), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var rows = Rows(document.WorkbookPart!, "sweep");
        Assert.Equal(lines.Length, rows.Count);
        var header = rows[0].Select(c => Text(c)).ToList();
        Assert.Equal(["point (index)", "hnte.rate", "scenario"], header.Take(3));
        var seed = header.IndexOf("seed");
        Assert.Equal(lines[1].Split(',')[Array.IndexOf(lines[0].Split(','), "seed")], Text(Cell(rows[1], seed)));
        Assert.Equal(CellValues.InlineString, Cell(rows[1], seed)!.DataType!.Value);
    }

    private static List<List<Cell>> Rows(WorkbookPart workbook, string sheet)
    {
        var id = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var part = (WorksheetPart)workbook.GetPartById(id);
        return [.. part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().ToList())];
    }

    /// <summary>The cell of column <paramref name="index"/> in <paramref name="row"/>, or null when it is empty (empty cells are not written).</summary>
    private static Cell? Cell(List<Cell> row, int index) =>
        row.FirstOrDefault(c => c.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) == index + 1);

    private static string Text(Cell? cell) => cell?.InlineString?.InnerText ?? cell?.CellValue?.Text ?? "";

    private static string FormatCode(WorkbookPart workbook, Cell cell)
    {
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        return styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value!;
    }
}
