using System.Text.RegularExpressions;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// The files of a scenario's <c>extends</c> chain, the scenario first: what <c>calibrate --fitted</c> must never
/// overwrite (the fitted file extends them). Reads only each file's top-level <c>extends:</c> line; the loader checks
/// the chain itself, so a file that cannot be read simply ends the list here.
/// </summary>
public static partial class ExtendsChain
{
    /// <summary>The longest chain followed (the loader refuses longer ones).</summary>
    private const int MaxFiles = 1000;

    /// <summary>Full paths of <paramref name="scenario"/> and of every file it extends, directly or not.</summary>
    public static IReadOnlyList<string> Files(string scenario)
    {
        var files = new List<string>();
        for (var path = Path.GetFullPath(scenario); path is not null && files.Count < MaxFiles && !files.Contains(path); )
        {
            files.Add(path);
            path = Parent(path);
        }
        return files;
    }

    private static string? Parent(string path)
    {
        try
        {
            if (!File.Exists(path) || new FileInfo(path).Length > 1 << 24) return null;
            var line = File.ReadLines(path).Select(l => Extends().Match(l)).FirstOrDefault(m => m.Success);
            return line is null ? null : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, line.Groups[1].Value.Trim().Trim('"', '\'')));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^extends:\s*([^#]+?)\s*(#.*)?$")]
    private static partial Regex Extends();
}
