using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Where a value was written: a file with line and column, or a command-line override (line 0), and the
/// directory relative paths in it resolve against.
/// </summary>
/// <param name="File">The file's full path, or <c>--set</c>.</param>
/// <param name="Line">1-based line, or 0 when there is none.</param>
/// <param name="Column">1-based column, or 0.</param>
internal sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>The file for command-line overrides.</summary>
    public const string CommandLine = "--set";

    /// <summary>The origin as shown in manifests: <c>path:line</c>, or <c>--set</c>.</summary>
    public string OriginText => Line > 0 ? $"{File}:{Line}" : File;

    /// <summary>The start of a node in a file.</summary>
    public static SourceLocation Of(string file, YamlNode node) => At(file, node.Start);

    /// <summary>A mark in a file.</summary>
    public static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);
}
