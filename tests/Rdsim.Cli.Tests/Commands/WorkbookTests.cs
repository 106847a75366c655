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
    public void Under_lang_zh_a_runs_workbook_has_chinese_sheets_summary_and_headers_that_keep_the_csv_names()
    {
        using var rdsim = new Rdsim();
        Assert.Equal(0, rdsim.Run(["run", Small.China, .. Small.Set(), "--engine", "reference", "--no-charts", "--lang", "zh", "--out", "r"]).ExitCode);
        using var document = SpreadsheetDocument.Open(Path.Combine(rdsim.Folder, "r", RunWorkbook.File), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        Assert.Equal(["摘要", "年度结果", "分组结果", "研发强度分布", "门槛聚集", "参数"], workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));

        var summary = Rows(workbook, "摘要").Where(r => r.Count > 0).ToDictionary(r => Text(r[0]), r => r);
        Assert.Equal("20240101", Text(summary["随机种子"][1]));
        Assert.Equal("百万元", Text(summary["累计带动的实际研发"][2]));
        Assert.Contains("项目", Rows(workbook, "摘要")[0].Select(c => Text(c)));
        var header = Rows(workbook, "年度结果")[0].Select(c => Text(c)).ToList();
        Assert.Contains(header, h => h.Contains("real_rd") && h.Contains("（百万元）"));
        Assert.Contains(Rows(workbook, "年度结果"), r => r.Count > 0 && Text(r[0]) == "各年合计");
    }

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

            // Every parameter of the manifest, with its whole origin (path and line), meaning and reference: the detail the brief leaves out.
            var parameters = Rows(workbook, "parameters");
            Assert.Equal(["parameter", "value", "unit", "set in", "meaning", "reference"], parameters[0].Select(c => Text(c)));
            using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
            var listed = manifest.RootElement.GetProperty("scenario").GetProperty("parameters").EnumerateArray()
                .Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!, p.GetProperty("origin").GetString()!)).ToList();
            Assert.Equal(listed, parameters.Skip(1).Select(r => (Text(Cell(r, 0)), Text(Cell(r, 1)), Text(Cell(r, 3)))));
            var rate = parameters.Single(r => Text(Cell(r, 0)) == "hnte.rate");
            Assert.Matches(@"china-policy-2008-2024\.yaml:\d+$", Text(rate[3]));
            Assert.Contains("HNTE", Text(Cell(rate, 4)));
            Assert.NotEmpty(Text(Cell(rate, 5)));
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

    [Fact]
    public void A_chinese_comparison_writes_a_workbook_with_its_totals_differences_and_sensitivity_and_report_draws_it_again()
    {
        using var rdsim = new Rdsim();
        var result = rdsim.Run(["compare", Small.China, Path.Combine(Rdsim.Scenarios, "reform-hnte-10pct.yaml"), .. Small.Set(200),
            "--sensitivity", "--lang", "zh", "--no-charts", "--out", "c"]);
        Assert.True(result.ExitCode == 0, result.All);
        var folder = Path.Combine(rdsim.Folder, "c");
        var path = Path.Combine(folder, ComparisonWorkbook.File);
        using (var document = SpreadsheetDocument.Open(path, isEditable: false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            var workbook = document.WorkbookPart!;
            Assert.Equal(["摘要", "与基准情景的差异", "改革方案的敏感性"], workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));

            // The summary: the scenarios' totals as summary.csv has them, units in the headers, rounded by the cells' formats.
            var summary = Rows(workbook, "摘要");
            Assert.Equal(["项目", "数值", "单位"], summary[0].Select(c => Text(c)));
            var totalsHeader = summary.FindIndex(r => Text(Cell(r, 0)) == "情景 scenario");
            Assert.True(totalsHeader > 0, "no totals block");
            var headers = summary[totalsHeader].Select(c => Text(c)).ToList();
            var induced = headers.IndexOf("累计带动的实际研发 cum_induced_real_rd（百万元）");
            Assert.True(induced > 0, string.Join(" | ", headers));
            var csv = File.ReadAllLines(Path.Combine(folder, "summary.csv")).Select(l => l.Split(',')).ToList();
            for (var i = 1; i < csv.Count; i++)
            {
                var row = summary[totalsHeader + i];
                Assert.Equal(csv[i][0], Text(Cell(row, 0)));
                Assert.Equal(double.Parse(csv[i][Array.IndexOf(csv[0], "cum_induced_real_rd")], CultureInfo.InvariantCulture),
                    double.Parse(Cell(row, induced)!.CellValue!.Text, CultureInfo.InvariantCulture), 9);
                Assert.Equal("#,##0.0", FormatCode(workbook, Cell(row, induced)!));
            }
            Assert.Contains(summary, r => Text(Cell(r, 0)) == "随机种子" && Text(Cell(r, 1)) == "20240101");

            // The differences: differences.csv's rows, with each metric's unit beside it and its numbers in that unit's format.
            var differences = Rows(workbook, "与基准情景的差异");
            var lines = File.ReadAllLines(Path.Combine(folder, "differences.csv"));
            Assert.Equal(lines.Length, differences.Count);
            Assert.Equal(["情景 scenario", "基准情景 baseline", "年份 year", "指标 metric", "单位 unit", "数值 value", "基准情景数值 baseline_value", "差异 difference"],
                differences[0].Select(c => Text(c)));
            var share = differences.First(r => Text(Cell(r, 3)) == "bang_for_buck");
            Assert.Equal("元/元", Text(Cell(share, 4)));
            Assert.Equal("0.00", FormatCode(workbook, Cell(share, 5)!));

            var sensitivity = Rows(workbook, "改革方案的敏感性");
            Assert.Equal(File.ReadAllLines(Path.Combine(folder, "sensitivity_differences.csv")).Length, sensitivity.Count);
            Assert.Contains("边际撬动效应 marginal_bang_for_buck（元/元）", sensitivity[0].Select(c => Text(c)));
        }

        File.Delete(path);
        var report = rdsim.Run("report", "c", "--lang", "zh");
        Assert.True(report.ExitCode == 0, report.All);
        Assert.True(File.Exists(path), "report did not draw the comparison's workbook again");
    }

    [Fact]
    public void A_sensitivity_analysis_writes_a_workbook_of_its_table_and_its_band_in_english_and_chinese()
    {
        using var rdsim = new Rdsim();
        foreach (var (language, sheets, band) in new[]
        {
            ("en", new[] { "summary", "sensitivity" }, "cum_bang_for_buck (CNY per CNY)"),
            ("zh", new[] { "摘要", "敏感性分析" }, "累计每元撬动 cum_bang_for_buck（元/元）"),
        })
        {
            var result = rdsim.Run(["sensitivity", Small.China, .. Small.Set(200), "--vary", "behaviour.userCostElasticity=0.5,1.5", "--lang", language,
                "--no-charts", "--out", language]);
            Assert.True(result.ExitCode == 0, result.All);
            var folder = Path.Combine(rdsim.Folder, language);
            Assert.Contains($"\"path\": \"{SensitivityWorkbook.File}\"", File.ReadAllText(Path.Combine(folder, "sensitivity.json")));
            using var document = SpreadsheetDocument.Open(Path.Combine(folder, SensitivityWorkbook.File), isEditable: false);
            Assert.Empty(new OpenXmlValidator().Validate(document));
            var workbook = document.WorkbookPart!;
            Assert.Equal(sheets, workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));

            var csv = File.ReadAllLines(Path.Combine(folder, "sensitivity.csv")).Select(l => l.Split(',')).ToList();
            var table = Rows(workbook, sheets[1]);
            Assert.Equal(csv.Count, table.Count);
            var bang = table[0].Select(c => Text(c)).ToList().IndexOf(band);
            Assert.True(bang > 0, string.Join(" | ", table[0].Select(c => Text(c))));
            var column = Array.IndexOf(csv[0], "cum_bang_for_buck");
            for (var row = 1; row < csv.Count; row++)
            {
                Assert.Equal(double.Parse(csv[row][column], CultureInfo.InvariantCulture), double.Parse(Cell(table[row], bang)!.CellValue!.Text, CultureInfo.InvariantCulture), 12);
            }

            // The summary's band: the base run's value between the lowest and the highest over the varied runs, as the CSV has them.
            var values = csv.Skip(1).Select(r => double.Parse(r[column], CultureInfo.InvariantCulture)).ToList();
            var line = Rows(workbook, sheets[0]).Single(r => Text(Cell(r, 0)).StartsWith(band.Split(' ')[0], StringComparison.Ordinal) && Text(Cell(r, 0)).Contains("cum_bang_for_buck"));
            double At(int i) => double.Parse(Cell(line, i)!.CellValue!.Text, CultureInfo.InvariantCulture);
            Assert.Equal((values[0], values.Min(), values.Max()), (At(1), At(3), At(4)));
        }
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
