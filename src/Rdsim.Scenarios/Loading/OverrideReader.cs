using Rdsim.Scenarios.Registry;
using YamlDotNet.RepresentationModel;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Reads an override as the user typed it, <c>name=value</c> (or a name and a value apart, as a sweep gives them). The
/// value is YAML: a scalar (<c>hnte.rate=0.2</c>), a year mapping (<c>superDeduction.extraRate={2008: 0.5, 2018: 1.0}</c>),
/// a list, or a mapping for a group (<c>hnte={rate: 0.2, enabled: true}</c>). Problems are reported with the option that
/// gave the override (<c>--set</c>, <c>--vary</c>, a sweep file) as the file, and line 0.
/// </summary>
internal static class OverrideReader
{
    /// <summary>Reads <c>name=value</c> into <paramref name="settings"/>.</summary>
    public static void Apply(string text, string option, IDictionary<string, Setting> settings, DiagnosticBag diagnostics)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var name = equals > 0 ? text[..equals].Trim() : "";
        if (name.Length == 0)
        {
            diagnostics.Error(new SourceLocation(option, 0, 0), "", new($"'{Excerpt.Of(text)}' is not an override; write name=value, e.g. hnte.rate=0.2.",
                $"'{Excerpt.Of(text)}' 不是参数覆盖；请写成 名称=值，例如 hnte.rate=0.2。"));
            return;
        }
        Apply(name, text[(equals + 1)..], option, settings, diagnostics);
    }

    /// <summary>Reads the value <paramref name="valueText"/> of <paramref name="name"/> (a parameter or a group) into <paramref name="settings"/>.</summary>
    public static void Apply(string name, string valueText, string option, IDictionary<string, Setting> settings, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(option, 0, 0);
        if (ParameterRegistry.Find(name) is null && !ParameterRegistry.IsGroup(name))
        {
            diagnostics.CostlyError(at, name, () => ParameterRegistry.Unknown(name, Excerpt.Of(name)));
            return;
        }
        if (ParseValue(valueText, name, at, diagnostics) is { } node)
        {
            new SettingsReader(diagnostics, ParseContext.ForOverrides(option)).Read(name, node, node, settings);
        }
    }

    private static YamlNode? ParseValue(string text, string name, SourceLocation at, DiagnosticBag diagnostics)
    {
        var (stream, error) = YamlParsing.Load(text);
        if (stream is null)
        {
            var written = Excerpt.Of(text);
            diagnostics.Error(at, name, new Bilingual($"the value '{written}' is not valid YAML: ", $"取值 '{written}' 不是有效的 YAML：") + error!.Value.Message);
            return null;
        }
        return stream.Documents.Count == 0 ? new YamlScalarNode("") : stream.Documents[0].RootNode;
    }
}
