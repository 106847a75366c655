using Rdsim.Scenarios.Registry;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Applies command-line overrides <c>name=value</c>, last. The value is YAML: a scalar (<c>hnte.rate=0.2</c>),
/// a year mapping (<c>superDeduction.extraRate={2008: 0.5, 2018: 1.0}</c>), a list, or a mapping for a group
/// (<c>hnte={rate: 0.2, enabled: true}</c>). Problems are reported with the option that gave the override
/// (<c>--set</c>, <c>--seed</c>, …) as the file, and line 0.
/// </summary>
internal static class OverrideReader
{
    /// <summary>Reads every override into <paramref name="settings"/>; later overrides win.</summary>
    public static void Apply(IReadOnlyList<Override> overrides, IDictionary<string, Setting> settings, DiagnosticBag diagnostics)
    {
        foreach (var (item, option) in overrides)
        {
            var context = ParseContext.ForOverrides(option);
            var reader = new SettingsReader(diagnostics, context);
            var at = new SourceLocation(option, 0, 0);
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? item[..equals].Trim() : "";
            if (name.Length == 0)
            {
                diagnostics.Error(at, "", $"'{Excerpt.Of(item)}' is not an override; write name=value, e.g. hnte.rate=0.2.");
                continue;
            }
            if (ParameterRegistry.Find(name) is null && !ParameterRegistry.IsGroup(name))
            {
                diagnostics.Error(at, name, () => $"unknown parameter '{Excerpt.Of(name)}'{ParameterRegistry.UnknownHint(name)}");
                continue;
            }
            if (ParseValue(item[(equals + 1)..], name, at, diagnostics) is { } node)
            {
                reader.Read(name, node, node, settings);
            }
        }
    }

    private static YamlNode? ParseValue(string text, string name, SourceLocation at, DiagnosticBag diagnostics)
    {
        var (stream, error) = YamlParsing.Load(text);
        if (stream is null)
        {
            diagnostics.Error(at, name, $"the value '{Excerpt.Of(text)}' is not valid YAML: {error!.Value.Message}");
            return null;
        }
        return stream.Documents.Count == 0 ? new YamlScalarNode("") : stream.Documents[0].RootNode;
    }
}
