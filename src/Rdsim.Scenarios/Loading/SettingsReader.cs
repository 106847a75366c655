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
                diagnostics.Error(at, path, $"{path} is set twice in this file (first at line {earlier.Origin?.Line}).");
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
            else diagnostics.Error(context.Locate(valueNode), path, $"{path} is a group of parameters; write a mapping of its keys, e.g. {Example(path)}.");
            return;
        }
        Unknown(path, keyNode);
    }

    private void ReadGroup(string prefix, YamlMappingNode map, IDictionary<string, Setting> into)
    {
        if (map.Children.Count == 0)
        {
            // An empty mapping sets nothing; written over an inherited group it looks like a reset, and is not one.
            var clears = prefix == SectorGroups[1] ? " (null clears a sector's rate)" : "";
            diagnostics.Error(context.Locate(map), prefix,
                $"{{}} sets nothing (it does not clear what an extended scenario set); set entries one by one, e.g. {Example(prefix)}{clears}.");
            return;
        }
        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                diagnostics.Error(context.Locate(keyNode), prefix, "keys must be plain names.");
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
            diagnostics.Error(context.Locate(keyNode), path, () =>
            {
                var keys = Sectors.All.Select(s => s.Key).ToList();
                if (parent == SectorGroups[1]) keys.Insert(0, Sectors.ManufacturingGroup);
                var hint = NameSuggestion.Closest(leaf, keys) is { } best ? $"did you mean {best}? " : "";
                return $"unknown sector '{Excerpt.Of(leaf)}'; {hint}Known: {string.Join(", ", keys)}.";
            });
            return;
        }
        diagnostics.Error(context.Locate(keyNode), path, () => $"unknown parameter '{Excerpt.Of(path)}'{ParameterRegistry.UnknownHint(path)}");
    }

    private static string Example(string group)
    {
        var first = ParameterRegistry.All.First(p => p.Name.StartsWith(group + ".", StringComparison.Ordinal));
        var rest = first.Name[(group.Length + 1)..];
        return $"{group}: {{{rest}: {ValueText.Format(first.Default)}}}";
    }
}
