namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Follows <c>extends</c> from a scenario file to its baseline and back: each file's settings replace its
/// parent's parameter by parameter (a reform is a diff against a baseline). Cycles are errors, and so is a
/// chain longer than <see cref="MaxFiles"/> (each link is a level of recursion; 30,000 of them overflowed the stack).
/// </summary>
internal static class ScenarioChain
{
    /// <summary>The most files one chain may hold, the scenario itself included; real chains hold two or three.</summary>
    public const int MaxFiles = 32;

    /// <summary>The merged settings of the chain that ends in <paramref name="fullPath"/>, and that file's own document.</summary>
    public static (Dictionary<string, Setting> Settings, ScenarioDocument? Top) Load(string fullPath, DiagnosticBag diagnostics)
    {
        var settings = new Dictionary<string, Setting>(StringComparer.Ordinal);
        var top = Load(fullPath, [], null, settings, diagnostics);
        return (settings, top);
    }

    private static ScenarioDocument? Load(string fullPath, List<string> visiting, SourceLocation? referencedFrom,
        Dictionary<string, Setting> into, DiagnosticBag diagnostics)
    {
        if (visiting.Contains(fullPath, StringComparer.Ordinal))
        {
            var cycle = string.Join(" → ", visiting.SkipWhile(p => p != fullPath).Append(fullPath).Select(Path.GetFileName));
            diagnostics.Error(referencedFrom!, "extends", new($"extends cycle: {cycle}.", $"extends 形成循环：{cycle}。"));
            return null;
        }
        if (visiting.Count == MaxFiles)
        {
            diagnostics.Error(referencedFrom!, "extends", new($"the extends chain is longer than {MaxFiles} files; a reform extends a baseline, which may extend another.",
                $"extends 链超过 {MaxFiles} 个文件；改革情景扩展一个基准情景，基准情景可以再扩展另一个。"));
            return null;
        }
        var document = ScenarioFileReader.Read(fullPath, diagnostics, referencedFrom);
        if (document is null) return null;
        if (document.Extends is { } parent)
        {
            var parentPath = ParentPath(fullPath, parent);
            if (parentPath is null)
            {
                diagnostics.Error(document.ExtendsAt!, "extends", new("the extends path contains a NUL character.", "extends 的路径含有 NUL 字符。"));
                return document;
            }
            visiting.Add(fullPath);
            var parentDocument = Load(parentPath, visiting, document.ExtendsAt, into, diagnostics);
            visiting.RemoveAt(visiting.Count - 1);
            // What the population stands for, how it was fitted and what to doubt hold for every file that extends it unless
            // that file says otherwise (a fitted scenario, which rdsim calibrate rewrites, keeps its base's caveats this way).
            document = document with
            {
                Universe = document.Universe ?? parentDocument?.Universe,
                Fit = document.Fit ?? parentDocument?.Fit,
                Caveats = document.Caveats ?? parentDocument?.Caveats,
            };
        }
        foreach (var (name, setting) in document.Settings) into[name] = setting;
        return document;
    }

    /// <summary>The parent's full path, relative to the file that extends it; null when the text cannot be a path.</summary>
    private static string? ParentPath(string fullPath, string parent) =>
        parent.Contains('\0') ? null : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath)!, parent));
}
