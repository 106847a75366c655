using System.Text;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Loading;
using YamlDotNet.RepresentationModel;

namespace Rdsim.Scenarios.Sweeps;

/// <summary>
/// A sweep file: <c>base:</c> (a scenario, relative to the sweep file), <c>vary:</c> (parameter → list of
/// values or <c>from:to:step</c>), and optionally <c>set:</c> (fixed overrides) and <c>replications:</c>.
/// A YAML file with a top-level <c>vary:</c> is a sweep file; any other is a base scenario.
/// </summary>
/// <param name="Base">Full path of the base scenario.</param>
/// <param name="Vary">The swept parameters.</param>
/// <param name="Set">Fixed overrides, applied before the swept values.</param>
/// <param name="Replications">Replicates per point, or null for the scenario's own.</param>
public sealed record SweepFile(string Base, IReadOnlyList<VarySpec> Vary, IReadOnlyList<string> Set, int? Replications)
{
    /// <summary>Reads <paramref name="path"/> as a sweep file, or returns null when it is a scenario (no top-level <c>vary:</c>).</summary>
    /// <exception cref="InputException">A missing file, bad YAML, or a malformed sweep.</exception>
    public static SweepFile? TryRead(string path)
    {
        if (InputFile.Problem(path, InputLimit.Scenario) is { } problem) throw Error(path, null, "", problem + new Bilingual(".", "。"));
        var full = Path.GetFullPath(path);
        string text;
        try
        {
            text = InputFile.ReadText(full, InputLimit.Scenario);
        }
        catch (Exception e) when (InputFile.IsReadFailure(e))
        {
            throw Error(path, null, "", InputFile.CannotRead(full, e));
        }
        var (stream, error) = YamlParsing.Load(text);
        if (stream is null) throw Error(path, error!.Value.At, "", error.Value.Text);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return null;
        if (!root.Children.TryGetValue(new YamlScalarNode("vary"), out var vary)) return null;
        if (!root.Children.TryGetValue(new YamlScalarNode("base"), out var baseNode) || baseNode is not YamlScalarNode { Value: { Length: > 0 } baseFile })
        {
            throw Error(path, root.Start, "base", new("a sweep file needs base: the scenario to sweep.", "参数扫描文件需要 base:，即要扫描的情景。"));
        }
        if (vary is not YamlMappingNode varied || varied.Children.Count == 0)
        {
            throw Error(path, vary.Start, "vary", new("vary: maps each parameter to a list of values or from:to:step.", "vary: 为每个参数给出一列取值或 起点:终点:步长。"));
        }
        var specs = varied.Children.Select(c => Spec(path, c.Key, c.Value)).ToList();
        var set = root.Children.TryGetValue(new YamlScalarNode("set"), out var s) && s is YamlMappingNode fixedValues
            ? fixedValues.Children.Select(c => $"{c.Key}={Text(path, c.Value)}").ToList()
            : [];
        int? replications = root.Children.TryGetValue(new YamlScalarNode("replications"), out var r) && int.TryParse(Text(path, r), out var n) ? n : null;
        return new SweepFile(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, baseFile)), specs, set, replications);
    }

    private static VarySpec Spec(string path, YamlNode key, YamlNode value)
    {
        var name = Text(path, key);
        var source = $"{path}:{key.Start.Line}:{key.Start.Column}";
        return value switch
        {
            YamlSequenceNode list => VarySpec.Of(name, list.Children.Select(c => Text(path, c)).ToList(), source),
            YamlScalarNode { Value: { } range } when range.Contains(':', StringComparison.Ordinal) => VarySpec.Range(name, range, source),
            _ => throw Error(path, value.Start, name, new("give a list of values, e.g. [0.10, 0.15], or from:to:step, e.g. 0.5:1.0:0.25.",
                "请给出一列取值（例如 [0.10, 0.15]）或 起点:终点:步长（例如 0.5:1.0:0.25）。")),
        };
    }

    /// <summary>The longest value text a sweep file may give (aliases could otherwise expand a small file without end).</summary>
    private const int MaxValueText = 64 * 1024;

    /// <summary>A node as <c>--set</c> value text (flow style for mappings and lists).</summary>
    private static string Text(string path, YamlNode node)
    {
        var text = new StringBuilder();
        Append(path, node, text, 0);
        return text.ToString();
    }

    private static void Append(string path, YamlNode node, StringBuilder text, int depth)
    {
        // An alias may point back at a node that holds it: nesting and length are bounded like a parsed file's.
        if (depth > YamlParsing.MaxDepth || text.Length > MaxValueText)
        {
            throw Error(path, node.Start, "", new(
                $"a value here nests deeper than {YamlParsing.MaxDepth} levels or expands past {MaxValueText:N0} characters (through & and * aliases?).",
                $"此处的取值嵌套超过 {YamlParsing.MaxDepth} 层，或展开后超过 {MaxValueText:N0} 个字符（是否用了 & 和 * 别名？）。"));
        }
        switch (node)
        {
            case YamlScalarNode scalar:
                text.Append(scalar.Value);
                break;
            case YamlSequenceNode list:
                text.Append('[');
                for (var i = 0; i < list.Children.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    Append(path, list.Children[i], text, depth + 1);
                }
                text.Append(']');
                break;
            case YamlMappingNode map:
                text.Append('{');
                var first = true;
                foreach (var (key, value) in map.Children)
                {
                    if (!first) text.Append(", ");
                    first = false;
                    Append(path, key, text, depth + 1);
                    text.Append(": ");
                    Append(path, value, text, depth + 1);
                }
                text.Append('}');
                break;
        }
    }

    private static InputException Error(string path, YamlDotNet.Core.Mark? at, string parameter, Bilingual message) =>
        new(Diagnostic.Error(path, (int)(at?.Line ?? 0), (int)(at?.Column ?? 0), parameter, message));
}
