using YamlDotNet.RepresentationModel;

namespace Rdsim.Scenarios.Loading;

/// <summary>The input being read: a scenario file (nodes have lines) or an override (they do not).</summary>
/// <param name="File">The file's full path, or the option that gave the override (<c>--set</c>, <c>--seed</c>, …).</param>
/// <param name="HasLines">Whether node positions refer to lines of <paramref name="File"/>.</param>
/// <param name="BaseDirectory">Directory against which relative paths in values resolve.</param>
internal sealed record ParseContext(string File, bool HasLines, string BaseDirectory)
{
    /// <summary>A scenario file.</summary>
    public static ParseContext ForFile(string fullPath) =>
        new(fullPath, true, Path.GetDirectoryName(fullPath) ?? Directory.GetCurrentDirectory());

    /// <summary>Overrides given by <paramref name="option"/>: paths resolve against the current directory.</summary>
    public static ParseContext ForOverrides(string option) =>
        new(option, false, Directory.GetCurrentDirectory());

    /// <summary>Where a node is.</summary>
    public SourceLocation Locate(YamlNode node) => HasLines ? SourceLocation.Of(File, node) : new SourceLocation(File, 0, 0);
}
