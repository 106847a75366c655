using System.Text.Json;
using Rdsim.Reporting.Brief;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Panel;
using Rdsim.Reporting.Results;
using Rdsim.Reporting.Workbook;
using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Files;

/// <summary>
/// A run's folder, the stored form of a <see cref="RunResult"/>: <c>years.csv</c>, <c>groups.csv</c>,
/// <c>intensity_histogram.csv</c>, <c>bunching.csv</c>, the same as a workbook (<c>results.xlsx</c>), then <c>manifest.json</c>. Each file is written under a temporary name and renamed when complete; the manifest is
/// removed first and the new one written last, so a folder that has a manifest is complete, and one interrupted
/// half-way never looks finished. What an earlier run wrote to the folder is removed first — only the files rdsim can
/// prove it wrote (<see cref="OutputFolder"/>) — so a rerun (say with <c>--no-charts</c>) never lists the earlier
/// run's charts as its own, and never deletes anything else.
/// </summary>
public static class RunFolder
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFile = "manifest.json";

    /// <summary>The per-year results.</summary>
    public const string YearsFile = "years.csv";

    /// <summary>The results by sector and size class.</summary>
    public const string GroupsFile = "groups.csv";

    /// <summary>The intensity histogram.</summary>
    public const string HistogramFile = "intensity_histogram.csv";

    /// <summary>Excess and missing mass at each HNTE threshold.</summary>
    public const string BunchingFile = "bunching.csv";

    /// <summary>The workbook of the tables (<see cref="RunWorkbook"/>).</summary>
    public const string WorkbookFile = RunWorkbook.File;

    /// <summary>The stored results a brief is drawn from (checked against the manifest before <c>report</c> draws).</summary>
    public static IReadOnlyList<string> DataFiles { get; } = [YearsFile, GroupsFile, HistogramFile, BunchingFile, FirmPanel.File];

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Every file a run in <paramref name="language"/> writes (relative): checked when the folder is opened, before the run starts.</summary>
    public static IReadOnlyList<string> Outputs(bool charts, bool panel, ChartLanguage language) =>
        [ManifestFile, .. DataFiles.Where(f => panel || f != FirmPanel.File), .. Rendered(charts, language)];

    /// <summary>
    /// The files drawn from the stored results in <paramref name="language"/>: the workbook, the brief and its PDF under their names
    /// in that language (<see cref="BriefFiles"/>) and, with <paramref name="charts"/>, every chart.
    /// </summary>
    public static IReadOnlyList<string> Rendered(bool charts, ChartLanguage language) => [WorkbookFile, .. BriefFiles.Of(language), .. charts ? RunCharts.Files : []];

    /// <summary>
    /// Whether <paramref name="relative"/> is drawn from the stored results (the workbook, a brief or its PDF in any language,
    /// anything under <c>charts/</c>): <c>report</c> draws it again, and one missing is no fault of the folder.
    /// </summary>
    public static bool IsRendered(string relative) =>
        relative is WorkbookFile || BriefFiles.IsBrief(relative) || relative.StartsWith(RunCharts.Folder + "/", StringComparison.Ordinal);

    /// <summary>
    /// Whether <c>report --lang <paramref name="language"/></c> draws <paramref name="relative"/> again (and so first removes it):
    /// every drawn file but the briefs in other languages, which stay beside the one it draws, drawn from the same results.
    /// </summary>
    public static bool IsRedrawn(string relative, ChartLanguage language) => IsRendered(relative) && !BriefFiles.IsInAnotherLanguage(relative, language);

    /// <summary>
    /// Saves <paramref name="result"/>: every table, as CSV and as the workbook (and the firm panel, if collected), then lets <paramref name="render"/> draw
    /// from the results in memory (charts, brief), and writes the manifest last, listing every file written with its hash. A
    /// folder with a manifest is complete; Ctrl+C (<paramref name="cancellationToken"/>) between any two files leaves it without one.
    /// The CSV files start with a UTF-8 byte-order mark when <paramref name="csvByteOrderMark"/> (for Excel); the workbook is in <paramref name="language"/>. <see cref="Load"/>
    /// reads the same results back.
    /// </summary>
    public static void Save(OutputFolder folder, RunResult result, FirmPanel? panel = null, Action<RunResult>? render = null,
        bool csvByteOrderMark = false, CancellationToken cancellationToken = default, ChartLanguage language = ChartLanguage.En)
    {
        if (!folder.Replace(ManifestFile)) throw new InvalidOperationException($"{ManifestFile} in {folder.Path} was replaced by another program during the run.");
        folder.DeleteOwned(relative => relative is ManifestFile or Sensitivity.SensitivityTable.File || DataFiles.Contains(relative) || IsRendered(relative));

        var path = folder.Path;
        cancellationToken.ThrowIfCancellationRequested();
        result.YearsTable.Write(Path.Combine(path, YearsFile), csvByteOrderMark);
        result.Groups.Write(Path.Combine(path, GroupsFile), csvByteOrderMark);
        result.Histograms.Write(Path.Combine(path, HistogramFile), csvByteOrderMark);
        result.Bunching.Write(Path.Combine(path, BunchingFile), csvByteOrderMark);
        cancellationToken.ThrowIfCancellationRequested();
        WriteWorkbook(path, result, language);
        cancellationToken.ThrowIfCancellationRequested();
        panel?.Write(Path.Combine(path, FirmPanel.File));
        cancellationToken.ThrowIfCancellationRequested();
        render?.Invoke(result);
        cancellationToken.ThrowIfCancellationRequested();
        WriteManifest(folder, result.Manifest with { Files = [.. folder.Written.Where(f => f.Path != ManifestFile)] });
    }

    /// <summary>The results stored in <paramref name="folder"/>, whose manifest is <paramref name="manifest"/> (<see cref="ManifestReader"/>).</summary>
    /// <remarks>The tables are read when first asked for; a file missing, or without a column, is an <see cref="Scenarios.Loading.InputException"/> then.</remarks>
    public static RunResult Load(string folder, RunManifest manifest) => RunResult.Stored(folder, manifest);

    /// <summary>Whether the run folder <paramref name="folder"/>'s CSV files start with a UTF-8 byte-order mark (as its <c>years.csv</c> does), so that what <c>report</c> writes again follows them.</summary>
    public static bool HasByteOrderMark(string folder)
    {
        var path = Path.Combine(folder, YearsFile);
        if (!File.Exists(path)) return false;
        Span<byte> start = stackalloc byte[3];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(start, 3, throwOnEndOfStream: false) == 3 && start.SequenceEqual(System.Text.Encoding.UTF8.Preamble);
    }

    /// <summary>Writes the workbook of <paramref name="result"/> into the run folder <paramref name="folder"/> (by <see cref="Save"/>, and by <c>report</c> when it draws again).</summary>
    public static void WriteWorkbook(string folder, RunResult result, ChartLanguage language = ChartLanguage.En) =>
        RunWorkbook.Write(result, Path.Combine(folder, WorkbookFile), language);

    /// <summary>Writes <paramref name="manifest"/>, sealed, as the folder's <c>manifest.json</c>.</summary>
    public static void WriteManifest(OutputFolder folder, RunManifest manifest) =>
        AtomicFile.WriteText(Path.Combine(folder.Path, ManifestFile), ManifestSeal.Seal(JsonSerializer.Serialize(manifest with { Seal = "" }, Json) + "\n"));
}
