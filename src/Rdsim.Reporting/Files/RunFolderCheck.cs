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
        if (!ManifestSeal.Holds(text)) found.Add(new(RunFolder.ManifestFile, "edited after rdsim wrote it (its seal does not match its text)"));
        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(folder.Path, file.Path);
            var rendered = RunFolder.IsRendered(file.Path);
            if (!File.Exists(path))
            {
                if (!rendered) found.Add(new(file.Path, "missing"));
            }
            else if (rendered ? !folder.Owns(file.Path) : FileHash.Sha256(path) != file.Sha256)
            {
                found.Add(new(file.Path, $"changed since rdsim wrote it (SHA-256 {Short(file.Sha256)}… recorded, {Short(FileHash.Sha256(path))}… now)"));
            }
        }
        if (!manifest.Files.Any(f => f.Path == RunFolder.YearsFile)) found.Add(new(RunFolder.ManifestFile, $"lists no {RunFolder.YearsFile}"));
        return found;
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
