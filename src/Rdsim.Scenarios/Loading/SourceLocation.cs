using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Where a value was written: a file with line and column, or an override (line 0, the option that gave it as the file).
/// </summary>
/// <param name="File">The file's full path, or the option (<c>--set</c>, <c>--seed</c>, …).</param>
/// <param name="Line">1-based line, or 0 when there is none.</param>
/// <param name="Column">1-based column, or 0.</param>
internal sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>The origin as shown in manifests: <c>path:line</c>, or the option (<c>--set</c>, …).</summary>
    public string OriginText => Line > 0 ? $"{File}:{Line}" : File;

    /// <summary>The start of a node in a file.</summary>
    public static SourceLocation Of(string file, YamlNode node) => At(file, node.Start);

    /// <summary>A mark in a file.</summary>
    public static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);
}
