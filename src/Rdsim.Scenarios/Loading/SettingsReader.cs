using Rdsim.Model.Firms;
using Rdsim.Scenarios.Registry;
using YamlDotNet.RepresentationModel;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Walks nested mappings (<c>hnte: {rate: 0.15}</c>, or dotted keys such as <c>hnte.rate: 0.15</c>) and reads
/// every parameter it finds into a dictionary of settings, reporting unknown keys with the closest known name.
/// </summary>
internal sealed class SettingsReader(DiagnosticBag diagnostics, ParseContext context)
{
    private static readonly string[] SectorGroups = ["population.sectors", "superDeduction.sectorExtraRate"];
    private readonly ValueParser _values = new(diagnostics, context);

    /// <summary>Reads the value at dotted <paramref name="path"/> (a parameter or a group of them).</summary>
    /// <param name="path">Dotted name.</param>
    /// <param name="keyNode">The node naming it (for locating unknown names).</param>
    /// <param name="valueNode">The value.</param>
    /// <param name="into">Settings read so far in this input; a parameter set twice is an error.</param>
    public void Read(string path, YamlNode keyNode, YamlNode valueNode, IDictionary<string, Setting> into)
    {
        if (ParameterRegistry.Find(path) is { } definition)
        {
            var at = context.Locate(keyNode);
            if (context.HasLines && into.TryGetValue(path, out var earlier))
            {
                diagnostics.Error(at, path, new($"{path} is set twice in this file (first at line {earlier.Origin?.Line}).",
                    $"{path} 在本文件中设置了两次（第一次在第 {earlier.Origin?.Line} 行）。"));
                return;
            }
            var warnings = new List<Diagnostic>();
            using (diagnostics.CollectWarnings(warnings))
            {
                if (_values.Parse(definition, valueNode) is { } value) into[path] = new Setting(definition, value, at) { Warnings = warnings };
            }
            return;
        }
        if (ParameterRegistry.IsGroup(path))
        {
            if (valueNode is YamlMappingNode map) ReadGroup(path, map, into);
            else diagnostics.Error(context.Locate(valueNode), path, new($"{path} is a group of parameters; write a mapping of its keys, e.g. {Example(path)}.",
                $"{path} 是一组参数；请写成由其键组成的映射，例如 {Example(path)}。"));
            return;
        }
        Unknown(path, keyNode);
    }

    private void ReadGroup(string prefix, YamlMappingNode map, IDictionary<string, Setting> into)
    {
        if (map.Children.Count == 0)
        {
            // An empty mapping sets nothing; written over an inherited group it looks like a reset, and is not one.
            var clears = prefix == SectorGroups[1];
            diagnostics.Error(context.Locate(map), prefix, new(
                $"{{}} sets nothing (it does not clear what an extended scenario set); set entries one by one, e.g. {Example(prefix)}{(clears ? " (null clears a sector's rate)" : "")}.",
                $"{{}} 不设置任何值（也不会清除所继承情景中的设置）；请逐项设置，例如 {Example(prefix)}{(clears ? "（null 清除某一行业的比例）" : "")}。"));
            return;
        }
        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                diagnostics.Error(context.Locate(keyNode), prefix, new("keys must be plain names.", "键必须是普通名称。"));
                continue;
            }
            Read($"{prefix}.{key}", keyNode, valueNode, into);
        }
    }

    private void Unknown(string path, YamlNode keyNode)
    {
        var dot = path.LastIndexOf('.');
        var parent = dot > 0 ? path[..dot] : "";
        var leaf = path[(dot + 1)..];
        // The suggestion costs an edit distance to every known name: it is written only for the errors that are shown.
        if (SectorGroups.Contains(parent))
        {
            diagnostics.CostlyError(context.Locate(keyNode), path, () =>
            {
                var keys = Sectors.All.Select(s => s.Key).ToList();
                if (parent == SectorGroups[1]) keys.Insert(0, Sectors.ManufacturingGroup);
                var best = NameSuggestion.Closest(leaf, keys);
                var (written, known) = (Excerpt.Of(leaf), string.Join(", ", keys));
                return new Bilingual(
                    $"unknown sector '{written}'; {(best is null ? "" : $"did you mean {best}? ")}Known: {known}.",
                    $"未知行业 '{written}'；{(best is null ? "" : $"是否想写 {best}？")}已知行业：{known}。");
            });
            return;
        }
        diagnostics.CostlyError(context.Locate(keyNode), path, () => ParameterRegistry.Unknown(path, Excerpt.Of(path)));
    }

    private static string Example(string group)
    {
        var first = ParameterRegistry.All.First(p => p.Name.StartsWith(group + ".", StringComparison.Ordinal));
        var rest = first.Name[(group.Length + 1)..];
        return $"{group}: {{{rest}: {ValueText.Format(first.Default)}}}";
    }
}
