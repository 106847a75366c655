using System.Text.Json;
using Rdsim.Reporting.Charts;
using Rdsim.Reporting.Files;
using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Sensitivity;

/// <summary>
/// A sensitivity folder: <c>sensitivity.csv</c>, its workbook (<c>results.xlsx</c>), the tornado charts under <c>charts/</c>, <c>brief.md</c>, and
/// <c>sensitivity.json</c> written last. Each file is written under a temporary name and renamed when complete, and the
/// manifest of an earlier analysis is removed first, so a folder that has a manifest is complete.
/// </summary>
public static class SensitivityFolder
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFile = "sensitivity.json";

    /// <summary>Every file an analysis writes (relative): checked when the folder is opened, before anything runs.</summary>
    public static IReadOnlyList<string> Outputs(bool charts) =>
        [ManifestFile, SensitivityTable.File, Workbook.SensitivityWorkbook.File, SensitivityBrief.File, .. charts ? SensitivityCharts.Files : []];

    /// <summary>
    /// Writes <paramref name="result"/> into <paramref name="folder"/>: the table and its workbook (in <paramref name="language"/>), the charts (unless <paramref name="charts"/> is
    /// false), the brief (money in <paramref name="unit"/>), then the manifest <paramref name="manifest"/> listing them; returns the charts
    /// drawn. The CSV files start with a byte-order mark when <paramref name="csvByteOrderMark"/>.
    /// </summary>
    public static IReadOnlyList<ChartOutput> Save(OutputFolder folder, SensitivityResult result, SensitivityManifest manifest, bool charts, ChartLanguage language,
        MoneyUnit unit, bool csvByteOrderMark = false)
    {
        if (!folder.Replace(ManifestFile)) throw new InvalidOperationException($"{ManifestFile} in {folder.Path} was replaced by another program during the run.");
        folder.DeleteOwned(relative => relative is ManifestFile or SensitivityTable.File or Workbook.SensitivityWorkbook.File or SensitivityBrief.File || SensitivityCharts.Files.Contains(relative));
        SensitivityTable.Write(Path.Combine(folder.Path, SensitivityTable.File), result, csvByteOrderMark);
        Workbook.SensitivityWorkbook.Write(result, manifest, folder.Path, language);
        var drawn = charts ? SensitivityCharts.Draw(folder.Path, result, language, unit, csvByteOrderMark) : [];
        SensitivityBrief.Write(Path.Combine(folder.Path, SensitivityBrief.File), result, drawn, manifest.Command, language, unit);
        var sealedManifest = manifest with { Files = [.. folder.Written.Where(f => f.Path != ManifestFile)] };
        AtomicFile.WriteText(Path.Combine(folder.Path, ManifestFile), ManifestSeal.Seal(JsonSerializer.Serialize(sealedManifest with { Seal = "" }, RunFolder.Json) + "\n"));
        return drawn;
    }
}
