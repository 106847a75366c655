using System.Text.Json;
using Rdsim.Calibration.Results;
using Rdsim.Scenarios.IO;

namespace Rdsim.Calibration.Output;

/// <summary>
/// Writes a calibration's outputs as one unit: <c>calibration.json</c> is removed first, then <c>fit.csv</c>,
/// <c>fit.png</c> and the fitted scenario are written (each atomically), then <c>calibration.json</c> lists all three
/// with their hashes. A crash or Ctrl+C in between leaves no <c>calibration.json</c>, so a new <c>fit.csv</c> beside an
/// old <c>fit.png</c> is never taken for one calibration.
/// </summary>
public static class CalibrationFolder
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFile = "calibration.json";

    /// <summary>The fit table's file name.</summary>
    public const string TableFile = "fit.csv";

    /// <summary>The chart's file name.</summary>
    public const string ChartFile = "fit.png";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The files a calibration writes in its folder (relative): checked when the folder is opened.</summary>
    public static IReadOnlyList<string> Outputs(string? fittedInside) => [ManifestFile, TableFile, ChartFile, .. fittedInside is null ? [] : new[] { fittedInside }];

    /// <summary>Writes the outputs of <paramref name="result"/> into <paramref name="folder"/> and the fitted scenario to <paramref name="fitted"/>.</summary>
    public static void Write(OutputFolder folder, string fitted, CalibrationResult result, string command, string targetsFile, string version,
        CancellationToken cancellationToken)
    {
        if (!folder.Replace(ManifestFile)) throw new InvalidOperationException($"{ManifestFile} in {folder.Path} was replaced by another program meanwhile.");
        cancellationToken.ThrowIfCancellationRequested();
        FitTable.Write(Path.Combine(folder.Path, TableFile), result);
        cancellationToken.ThrowIfCancellationRequested();
        FitChart.Write(Path.Combine(folder.Path, ChartFile), result.Rows, $"{FittedScenarioWriter.FittedName(result.Start.Name)}: simulated vs target");
        cancellationToken.ThrowIfCancellationRequested();
        FittedScenarioWriter.Write(fitted, result, command, targetsFile);
        cancellationToken.ThrowIfCancellationRequested();
        var fittedFull = Path.GetFullPath(fitted);
        var relative = Path.GetRelativePath(folder.Path, fittedFull).Replace(Path.DirectorySeparatorChar, '/');
        IReadOnlyList<FileRecord> files = [.. folder.Written.Where(f => f.Path != ManifestFile),
            .. folder.Written.Any(f => f.Path == relative) ? [] : new[] { new FileRecord(relative, FileHash.Sha256(fittedFull), new FileInfo(fittedFull).Length) }];
        var manifest = new CalibrationManifest("rdsim", version, command, DateTimeOffset.UtcNow, files);
        AtomicFile.WriteText(Path.Combine(folder.Path, ManifestFile), JsonSerializer.Serialize(manifest, Json) + "\n");
    }
}
