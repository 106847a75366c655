using Rdsim.Scenarios.IO;
using YamlDotNet.RepresentationModel;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Reads one scenario file: YAML syntax, the header keys (<c>name</c>, <c>description</c>, <c>extends</c>, <c>universe</c>,
/// <c>fit</c>, <c>caveats</c>) and its settings.
/// </summary>
internal static class ScenarioFileReader
{
    private static readonly string[] HeaderKeys = ["name", "description", "extends", "universe", "fit", "caveats"];

    /// <summary>The document, or null after reporting why it cannot be read.</summary>
    /// <param name="fullPath">The file.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="referencedFrom">The <c>extends:</c> that named this file, if any (where "not found" is reported).</param>
    public static ScenarioDocument? Read(string fullPath, DiagnosticBag diagnostics, SourceLocation? referencedFrom)
    {
        var at = referencedFrom ?? new SourceLocation(fullPath, 0, 0);
        if (InputFile.Problem(fullPath, InputLimit.Scenario) is { } problem)
        {
            diagnostics.Error(at, "", problem + ".");
            return null;
        }
        string text;
        try
        {
            text = InputFile.ReadText(fullPath, InputLimit.Scenario);
        }
        catch (Exception e) when (InputFile.IsReadFailure(e))
        {
            diagnostics.Error(at, "", $"{fullPath} cannot be read: {InputFile.Reason(e)}.");
            return null;
        }
        var root = LoadYaml(fullPath, text, diagnostics);
        if (root is null) return null;
        if (IsSweepFile(root))
        {
            diagnostics.Error(SourceLocation.Of(fullPath, root), "", $"this is a sweep file (base:, vary:), not a scenario: run it with rdsim sweep {fullPath}.");
            return null;
        }
        var context = ParseContext.ForFile(fullPath);
        var reader = new SettingsReader(diagnostics, context);
        var settings = new Dictionary<string, Setting>(StringComparer.Ordinal);
        var header = new Dictionary<string, (string Text, SourceLocation At)>(StringComparer.Ordinal);
        var localized = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        IReadOnlyList<LocalizedText>? caveats = null;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!HeaderKeys.Contains(key))
            {
                reader.Read(key, keyNode, valueNode, settings);
            }
            else if (key == "caveats")
            {
                caveats = Caveats(valueNode, context, diagnostics);
            }
            else if (LocalizedKeys.Contains(key))
            {
                if (Localized(key, valueNode, context, diagnostics) is { } given) localized[key] = given;
            }
            else if (valueNode is YamlScalarNode { Value: { } value })
            {
                header[key] = (value, context.Locate(valueNode));
            }
            else
            {
                diagnostics.Error(context.Locate(valueNode), key, $"{key} must be text.");
            }
        }
        return new ScenarioDocument(
            fullPath,
            header.TryGetValue("name", out var name) ? name.Text : null,
            header.TryGetValue("description", out var description) ? description.Text : null,
            header.TryGetValue("extends", out var extends) ? extends.Text : null,
            header.TryGetValue("extends", out extends) ? extends.At : null,
            settings,
            localized.GetValueOrDefault("universe"),
            localized.GetValueOrDefault("fit"),
            caveats);
    }

    /// <summary>
    /// <c>caveats:</c> a list whose entries are each text or <c>{en: "…", zh: "…"}</c> (one such entry alone is a list of one;
    /// <c>[]</c> states that there are none, against a file it extends); null after reporting what is wrong.
    /// </summary>
    private static IReadOnlyList<LocalizedText>? Caveats(YamlNode node, ParseContext context, DiagnosticBag diagnostics)
    {
        if (node is not YamlSequenceNode list) return Localized("caveats", node, context, diagnostics) is { } one ? [one] : null;
        var caveats = new List<LocalizedText>();
        foreach (var entry in list.Children)
        {
            if (Localized("caveats", entry, context, diagnostics) is not { } caveat) return null;
            caveats.Add(caveat);
        }
        return caveats;
    }

    /// <summary>Header keys whose text may be given in English and Chinese.</summary>
    private static readonly string[] LocalizedKeys = ["universe", "fit"];

    /// <summary>Plain text (English), or a mapping with <c>en</c> (required) and <c>zh</c>; null after reporting what is wrong.</summary>
    private static LocalizedText? Localized(string key, YamlNode node, ParseContext context, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode { Value: { } plain }) return new LocalizedText(plain);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is YamlMappingNode map)
        {
            foreach (var (k, v) in map.Children)
            {
                if (k is YamlScalarNode { Value: "en" or "zh" } language && v is YamlScalarNode { Value: { } text }) texts[language.Value!] = text;
                else
                {
                    diagnostics.Error(context.Locate(k), key, $"{key} takes text, or {{en: \"…\", zh: \"…\"}} with English and Chinese texts.");
                    return null;
                }
            }
            if (texts.TryGetValue("en", out var en)) return new LocalizedText(en, texts.GetValueOrDefault("zh"));
        }
        diagnostics.Error(context.Locate(node), key, $"{key} takes text, or {{en: \"…\", zh: \"…\"}} with at least the English text.");
        return null;
    }

    /// <summary>A sweep file names its base scenario and the values to vary, keys no scenario has.</summary>
    private static bool IsSweepFile(YamlMappingNode root)
    {
        var keys = root.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).ToHashSet(StringComparer.Ordinal);
        return keys.Contains("base") && keys.Contains("vary");
    }

    private static YamlMappingNode? LoadYaml(string fullPath, string text, DiagnosticBag diagnostics)
    {
        var (stream, error) = YamlParsing.Load(text);
        if (stream is null)
        {
            diagnostics.Error(SourceLocation.At(fullPath, error!.Value.At), "", $"YAML syntax error: {error.Value.Message}");
            return null;
        }
        if (stream.Documents.Count == 0) return new YamlMappingNode();
        if (stream.Documents.Count > 1)
        {
            diagnostics.Error(SourceLocation.Of(fullPath, stream.Documents[1].RootNode), "", "a scenario file holds one YAML document; remove the extra '---'.");
            return null;
        }
        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode map) return map;
        if (root is YamlScalarNode { Value: "" or "~" or "null" }) return new YamlMappingNode();
        diagnostics.Error(SourceLocation.Of(fullPath, root), "", "a scenario file is a mapping of keys (name, extends, simulation, hnte, …).");
        return null;
    }
}
