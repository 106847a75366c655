namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Follows <c>extends</c> from a scenario file to its baseline and back: each file's settings replace its
/// parent's parameter by parameter (a reform is a diff against a baseline). Cycles are errors.
/// </summary>
internal static class ScenarioChain
{
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
            diagnostics.Error(referencedFrom!, "extends", $"extends cycle: {cycle}.");
            return null;
        }
        var document = ScenarioFileReader.Read(fullPath, diagnostics, referencedFrom);
        if (document is null) return null;
        if (document.Extends is { } parent)
        {
            var parentPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath)!, parent));
            Load(parentPath, [.. visiting, fullPath], document.ExtendsAt, into, diagnostics);
        }
        foreach (var (name, setting) in document.Settings) into[name] = setting;
        return document;
    }
}
