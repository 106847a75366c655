using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Files;

/// <summary>
/// What changed in a run folder since rdsim wrote it, before <c>report</c> draws from it: a manifest whose seal does not
/// match its text (edited by hand), a stored result that is missing or whose SHA-256 differs from the manifest's, and a
/// chart or brief that rdsim did not write (which redrawing would overwrite). Each finding names the file.
/// </summary>
public static class RunFolderCheck
{
    /// <summary>Every finding in <paramref name="folder"/>, whose manifest is <paramref name="manifest"/> with text <paramref name="text"/>.</summary>
    public static IReadOnlyList<FolderAlteration> Alterations(OutputFolder folder, RunManifest manifest, string text)
    {
        var found = new List<FolderAlteration>();
        if (!ManifestSeal.Holds(text)) found.Add(new(RunFolder.ManifestFile, new Scenarios.Bilingual("edited after rdsim wrote it (its seal does not match its text)", "在 rdsim 写成后被改动过（其封印与文本不符）")));
        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(folder.Path, file.Path);
            var rendered = RunFolder.IsRendered(file.Path);
            if (!File.Exists(path))
            {
                if (!rendered) found.Add(new(file.Path, new Scenarios.Bilingual("missing", "缺失")));
            }
            else if (rendered ? !folder.Owns(file.Path) : FileHash.Sha256(path) != file.Sha256)
            {
                var (recorded, now) = (Short(file.Sha256), Short(FileHash.Sha256(path)));
                found.Add(new(file.Path, new Scenarios.Bilingual($"changed since rdsim wrote it (SHA-256 {recorded}… recorded, {now}… now)",
                    $"在 rdsim 写成后被改动过（记录的 SHA-256 为 {recorded}…，现在为 {now}…）")));
            }
        }
        if (!manifest.Files.Any(f => f.Path == RunFolder.YearsFile)) found.Add(new(RunFolder.ManifestFile, new Scenarios.Bilingual($"lists no {RunFolder.YearsFile}", $"没有列出 {RunFolder.YearsFile}")));
        return found;
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
