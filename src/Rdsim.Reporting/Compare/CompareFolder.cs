using System.Globalization;
using System.Text.Json;
using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;
using Rdsim.Reporting.Results;
using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Compare;

/// <summary>
/// A compare folder: one run folder per scenario, named by its place and file (<c>1-china-2008-2024</c>, the baseline
/// first), beside the tables, the overlay charts and the comparison brief drawn from those runs, and <c>compare.json</c>
/// (<see cref="CompareManifest"/>), written last, with the command that makes it all again. What it shows is drawn from the
/// run folders' checked results, so <c>report</c> can draw it again from them — apart from the sensitivity sections of
/// <c>compare --sensitivity</c>, drawn from <see cref="ReformSensitivityTable"/>'s file, whose variant runs are not stored
/// (its plain comparisons must carry the run folders' fingerprints).
/// </summary>
public static class CompareFolder
{
    /// <summary>The comparison's manifest: its command and files (<see cref="Scenarios.IO.FolderKind.Compare"/> knows the folder by it).</summary>
    public const string ManifestFile = "compare.json";

    /// <summary>The overlay charts' files, relative to the compare folder.</summary>
    public static IReadOnlyList<string> ChartFiles { get; } = ChartOutput.Files(RunCharts.Folder, CompareRealRdChart.Name, CompareBangChart.Name);

    /// <summary>
    /// The files drawn from the runs in <paramref name="language"/>: the workbook, the brief and its PDF under their names in that
    /// language (<see cref="BriefFiles"/>) and, with <paramref name="charts"/>, the overlay charts.
    /// </summary>
    public static IReadOnlyList<string> Rendered(bool charts, ChartLanguage language) => [Workbook.ComparisonWorkbook.File, .. BriefFiles.Of(language), .. charts ? ChartFiles : []];

    /// <summary>The run folder of the scenario at <paramref name="index"/> (0 = the baseline) loaded from <paramref name="scenarioPath"/>.</summary>
    public static string RunFolderName(int index, string scenarioPath) =>
        $"{(index + 1).ToString(CultureInfo.InvariantCulture)}-{Path.GetFileNameWithoutExtension(scenarioPath)}";

    /// <summary>
    /// Whether <paramref name="name"/>, read from a compare.json, names a folder directly inside the compare folder (not empty, no
    /// path separator, not <c>.</c> or <c>..</c>): an edited list must not lead compare or report out of the folder.
    /// </summary>
    public static bool IsRunFolderName(string name) =>
        name.Length > 0 && !name.Contains('/', StringComparison.Ordinal) && !name.Contains('\\', StringComparison.Ordinal) && name is not ("." or "..");

    /// <summary>
    /// The run folders of <paramref name="folder"/>, baseline first, when it is a compare folder (no manifest of its own, and
    /// finished run folders numbered from 1 without a gap, at least two); otherwise none.
    /// </summary>
    public static IReadOnlyList<string> RunFolders(string folder)
    {
        if (!Directory.Exists(folder) || File.Exists(Path.Combine(folder, RunFolder.ManifestFile))) return [];
        var numbered = Directory.EnumerateDirectories(folder)
            .Select(d => (Path: d, Number: Number(Path.GetFileName(d))))
            .Where(d => d.Number > 0 && File.Exists(Path.Combine(d.Path, RunFolder.ManifestFile)))
            .OrderBy(d => d.Number).ToList();
        var contiguous = numbered.Select((d, i) => d.Number == i + 1).All(x => x);
        return numbered.Count >= 2 && contiguous ? [.. numbered.Select(d => d.Path)] : [];
    }

    /// <summary>
    /// Draws the overlay charts of <paramref name="runs"/> (the first is the baseline), money axes in <paramref name="unit"/>, into
    /// <paramref name="folder"/>'s <c>charts/</c>, in brief order, their CSV files with a byte-order mark when <paramref name="csvByteOrderMark"/>.
    /// </summary>
    public static IReadOnlyList<ChartOutput> DrawCharts(IReadOnlyList<RunResult> runs, string folder, ChartLanguage language, MoneyUnit unit, bool csvByteOrderMark = false)
    {
        ChartFonts.Require(language);
        var canvas = new ChartCanvas(Path.Combine(folder, RunCharts.Folder), language, unit) { CsvByteOrderMark = csvByteOrderMark };
        return [CompareRealRdChart.Draw(canvas, runs), CompareBangChart.Draw(canvas, runs)];
    }

    /// <summary>Writes <paramref name="manifest"/>, sealed, as <paramref name="folder"/>'s <c>compare.json</c>, its files in ordinal order.</summary>
    public static void WriteManifest(OutputFolder folder, CompareManifest manifest)
    {
        var listed = manifest with { Files = [.. manifest.Files.Where(f => f.Path != ManifestFile).OrderBy(f => f.Path, StringComparer.Ordinal)], Seal = "" };
        AtomicFile.WriteText(Path.Combine(folder.Path, ManifestFile), ManifestSeal.Seal(JsonSerializer.Serialize(listed, RunFolder.Json) + "\n"));
    }

    /// <summary>
    /// The manifest of the compare folder <paramref name="folder"/>; null when it has none (a comparison made before rdsim wrote one)
    /// or it is not the one rdsim wrote (damaged, or edited: its seal does not hold).
    /// </summary>
    public static CompareManifest? ReadManifest(string folder)
    {
        var path = Path.Combine(folder, ManifestFile);
        if (!File.Exists(path)) return null;
        var text = File.ReadAllText(path);
        if (!ManifestSeal.Holds(text)) return null;
        try
        {
            return JsonSerializer.Deserialize<CompareManifest>(text, RunFolder.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The place in <c>N-name</c>, or 0 when the name has none.</summary>
    private static int Number(string name)
    {
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && int.TryParse(name.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }
}
