using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Tables;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Reporting.Sweeps;

/// <summary>
/// A sweep's folder: <c>sweep.json</c>, one <c>points/INDEX.csv</c> per finished point (written atomically, so
/// a point file exists only when complete), <c>sweep.csv</c>, the points concatenated in grid order —
/// byte for byte the same whether the sweep ran at once or was resumed — and <c>sweep.xlsx</c>, the same as a workbook.
/// </summary>
public static class SweepFolder
{
    /// <summary>The sweep manifest's file name.</summary>
    public const string ManifestFile = "sweep.json";

    /// <summary>The assembled results' file name.</summary>
    public const string ResultsFile = "sweep.csv";

    /// <summary>The assembled results as a workbook.</summary>
    public const string WorkbookFile = "sweep.xlsx";

    /// <summary>The folder of finished points.</summary>
    public const string PointsFolder = "points";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The hash that identifies a sweep: its base scenario and every varied value.</summary>
    public static string GridHash(string baseContentHash, IReadOnlyList<VarySpec> vary) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(baseContentHash + "\n" + string.Join("\n", vary.Select(v => v.ToString())))));

    /// <summary>The stored manifest, or null when there is none.</summary>
    /// <exception cref="Scenarios.Loading.InputException">When the file is not a sweep manifest rdsim wrote.</exception>
    public static SweepManifest? ReadManifest(string folder)
    {
        var path = Path.Combine(folder, ManifestFile);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<SweepManifest>(File.ReadAllText(path), Json)
                ?? throw new JsonException("null");
        }
        catch (JsonException)
        {
            throw new Scenarios.Loading.InputException(Scenarios.Loading.Diagnostic.Error(path, 0, 0, "", new(
                "this is not a sweep manifest rdsim wrote (damaged or edited): run without --resume to start the sweep again",
                "这不是 rdsim 写的参数扫描清单（已损坏或被改动）：请不加 --resume 重新开始参数扫描")));
        }
    }

    /// <summary>Every file a sweep of <paramref name="points"/> points writes (relative): checked when the folder is opened.</summary>
    public static IReadOnlyList<string> Outputs(int points, bool charts) =>
        [ManifestFile, ResultsFile, WorkbookFile, .. Enumerable.Range(0, points).Select(i => $"{PointsFolder}/{i}.csv"), .. charts ? Charts.SweepCharts.Files : []];

    /// <summary>Writes the manifest, atomically.</summary>
    public static void WriteManifest(string folder, SweepManifest manifest)
    {
        Directory.CreateDirectory(Path.Combine(folder, PointsFolder));
        AtomicFile.WriteText(Path.Combine(folder, ManifestFile), JsonSerializer.Serialize(manifest, Json) + "\n");
    }

    /// <summary>The file of point <paramref name="index"/>.</summary>
    public static string PointFile(string folder, int index) => Path.Combine(folder, PointsFolder, $"{index}.csv");

    /// <summary>Whether any finished point is stored.</summary>
    public static bool HasPoints(string folder)
    {
        var points = Path.Combine(folder, PointsFolder);
        return Directory.Exists(points) && Directory.EnumerateFiles(points, "*.csv").Any();
    }

    /// <summary>Removes every stored point, the results and the charts of an earlier sweep — those rdsim can prove it wrote (a fresh start).</summary>
    public static void Clear(OutputFolder folder) => folder.DeleteOwned(f => IsAssembled(f) || f.StartsWith(PointsFolder + "/", StringComparison.Ordinal));

    /// <summary>
    /// Removes what is made from the points once all are finished — <c>sweep.csv</c>, which marks the sweep complete, the workbook
    /// and the charts — leaving the points (for <c>--resume</c>) and the manifest: after a sweep stopped while it made them.
    /// </summary>
    public static void DeleteAssembled(OutputFolder folder) => folder.DeleteOwned(IsAssembled);

    /// <summary>Whether <paramref name="relative"/> is made from the finished points: the results, the workbook, a chart.</summary>
    private static bool IsAssembled(string relative) =>
        relative is ResultsFile or WorkbookFile || relative.StartsWith(Charts.RunCharts.Folder + "/", StringComparison.Ordinal);

    /// <summary>The columns of a point's file and of <c>sweep.csv</c>: the point, its swept values, then every <c>years.csv</c> column.</summary>
    public static IReadOnlyList<Column<YearRow>> Columns(SweepGrid grid) =>
        [PointColumn, .. grid.Specs.Select(s => Column<YearRow>.Text(s.Name, "", $"Swept value of {s.Name}", _ => "")), .. YearsTable.Columns];

    /// <summary>The <c>point</c> column: the grid point (0-based).</summary>
    private static readonly Column<YearRow> PointColumn = Column<YearRow>.Integer("point", "index", "Grid point (0-based)", _ => 0);

    /// <summary>Writes point <paramref name="index"/>'s rows (<see cref="Columns"/>) from its results, with a byte-order mark when <paramref name="byteOrderMark"/>.</summary>
    public static void WritePoint(string folder, SweepGrid grid, int index, RunResult result, bool byteOrderMark = false)
    {
        var columns = Columns(grid);
        var position = new Dictionary<Column, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < columns.Count; i++) position[columns[i]] = i;
        IReadOnlyList<string> lead = [CsvText.Integer(index), .. grid.Points[index]];
        var years = result.YearsTable;
        TableWriter.Write(PointFile(folder, index), columns, Enumerable.Range(0, years.Count),
            (column, row) => position[column] < lead.Count ? lead[position[column]] : years.Format(column, row), byteOrderMark);
    }

    /// <summary>The summary of every point of the assembled <c>sweep.csv</c> of <paramref name="grid"/> (finished now or before a resume).</summary>
    public static IReadOnlyList<SweepSummary> Summaries(string folder, SweepGrid grid)
    {
        var columns = Columns(grid);
        var table = ResultTable<YearRow>.Read(Path.Combine(folder, ResultsFile), columns);
        var swept = columns.Skip(1).Take(grid.Specs.Count).ToList();
        return [.. Enumerable.Range(0, table.Count).GroupBy(r => (int)table.Integer(PointColumn, r)).OrderBy(g => g.Key)
            .Select(g => SweepSummary.Of(g.Key, [.. swept.Select(c => table.Text(c, g.First()))], new Data.YearsData(table, [.. g])))];
    }

    /// <summary>
    /// Writes <c>sweep.xlsx</c> from the assembled <c>sweep.csv</c> of <paramref name="grid"/>: one sheet of its rows, with units
    /// in the header and numbers rounded for reading (<see cref="Workbook.TableSheet"/>), seeds as text.
    /// </summary>
    public static void WriteWorkbook(string folder, SweepGrid grid) =>
        Workbook.XlsxWriter.Write(Path.Combine(folder, WorkbookFile),
            [Workbook.TableSheet.Of("sweep", ResultsFile, ResultTable<YearRow>.Read(Path.Combine(folder, ResultsFile), Columns(grid)), [YearsTable.Seed])]);

    /// <summary>
    /// Concatenates every point, in grid order, into <c>sweep.csv</c>, which starts with a byte-order mark when
    /// <paramref name="byteOrderMark"/> (the points' own marks, if any, are read past: a resumed sweep may mix them).
    /// </summary>
    public static string Assemble(string folder, int points, bool byteOrderMark = false)
    {
        var path = Path.Combine(folder, ResultsFile);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(byteOrderMark), leaveOpen: true) { NewLine = "\n" };
            for (var i = 0; i < points; i++)
            {
                var lines = File.ReadAllLines(PointFile(folder, i));
                foreach (var line in lines.Skip(i == 0 ? 0 : 1)) writer.WriteLine(line);
            }
        });
        return path;
    }
}
