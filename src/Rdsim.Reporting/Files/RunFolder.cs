using System.Text.Json;
using Rdsim.Engine;
using Rdsim.Reporting.Tables;
using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Files;

/// <summary>
/// Writes a run's folder: <c>years.csv</c>, <c>groups.csv</c>, <c>intensity_histogram.csv</c>, <c>bunching.csv</c>, then
/// <c>manifest.json</c>. Each file is written under a temporary name and renamed when complete; an
/// existing manifest is removed first and the new one written last, so a folder that has a manifest
/// is complete, and one interrupted half-way never looks finished. What an earlier run wrote to the folder
/// is removed first, so a rerun (say with <c>--no-charts</c>) never lists the earlier run's charts as its own.
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

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes every result file of <paramref name="result"/> (and the firm panel, if collected), then lets
    /// <paramref name="render"/> draw from them (charts, brief), and writes <paramref name="manifest"/> last,
    /// listing every file in the folder. A folder with a manifest is complete.
    /// </summary>
    public static void Write(string folder, string scenarioName, SimulationResult result, RunManifest manifest,
        Panel.FirmPanel? panel = null, Action<RunData>? render = null)
    {
        Directory.CreateDirectory(folder);
        var manifestPath = Path.Combine(folder, ManifestFile);
        RemovePreviousRun(folder, manifestPath);

        TableWriter.Write(Path.Combine(folder, YearsFile), YearsTable.Columns, YearsTable.Rows(scenarioName, result));
        TableWriter.Write(Path.Combine(folder, GroupsFile), GroupsTable.Columns, GroupsTable.Rows(scenarioName, result));
        TableWriter.Write(Path.Combine(folder, HistogramFile), HistogramTable.Columns, HistogramTable.Rows(scenarioName, result));
        var policy = RunData.ScenarioOf(manifest).Policy;
        TableWriter.Write(Path.Combine(folder, BunchingFile), BunchingTable.Columns,
            BunchingTable.Rows(scenarioName, result, year => Data.HnteThresholds.In(policy.At(year))));
        panel?.Write(Path.Combine(folder, Panel.FirmPanel.File));
        render?.Invoke(RunData.From(folder, manifest));
        AtomicFile.WriteText(manifestPath, JsonSerializer.Serialize(manifest with { Files = FilesIn(folder) }, Json) + "\n");
    }

    /// <summary>
    /// Removes the manifest first (so an interruption leaves no finished-looking folder), then the files it
    /// listed, and the outputs only a run writes (charts, brief, firm panel) also when an interrupted run left
    /// no manifest. Other files in the folder are left alone.
    /// </summary>
    private static void RemovePreviousRun(string folder, string manifestPath)
    {
        var stale = new List<string> { Panel.FirmPanel.File, Brief.BriefWriter.File, Path.ChangeExtension(Brief.BriefWriter.File, ".pdf") };
        if (File.Exists(manifestPath))
        {
            stale.AddRange(ListedIn(manifestPath));
            File.Delete(manifestPath);
        }
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        foreach (var name in stale)
        {
            var path = Path.GetFullPath(Path.Combine(folder, name));
            if (path.StartsWith(root, StringComparison.Ordinal) && File.Exists(path)) File.Delete(path);
        }
        var charts = Path.Combine(folder, Charts.RunCharts.Folder);
        if (Directory.Exists(charts)) Directory.Delete(charts, recursive: true);
    }

    /// <summary>The files a manifest lists; none when it cannot be read (it is being replaced anyway).</summary>
    private static IReadOnlyList<string> ListedIn(string manifestPath)
    {
        try
        {
            return JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(manifestPath), Json)?.Files ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Every finished file in the folder (temporary files start with a dot), relative, in order.</summary>
    private static IReadOnlyList<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(name => name != ManifestFile && !Path.GetFileName(name).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Reads a manifest back.</summary>
    public static RunManifest ReadManifest(string folder) =>
        JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(Path.Combine(folder, ManifestFile)), Json)
        ?? throw new InvalidDataException($"{Path.Combine(folder, ManifestFile)} is empty.");
}
