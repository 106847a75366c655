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
            diagnostics.Error(at, "", problem + new Bilingual(".", "。"));
            return null;
        }
        string text;
        try
        {
            text = InputFile.ReadText(fullPath, InputLimit.Scenario);
        }
        catch (Exception e) when (InputFile.IsReadFailure(e))
        {
            diagnostics.Error(at, "", InputFile.CannotRead(fullPath, e));
            return null;
        }
        var root = LoadYaml(fullPath, text, diagnostics);
        if (root is null) return null;
        if (root.Children.Count == 0)
        {
            // An empty or comment-only file would run the registry's defaults as if they were a scenario someone wrote.
            diagnostics.Error(new SourceLocation(fullPath, 1, 1), "", EmptyScenario);
            return null;
        }
        if (IsSweepFile(root))
        {
            diagnostics.Error(SourceLocation.Of(fullPath, root), "", new($"this is a sweep file (base:, vary:), not a scenario: run it with rdsim sweep {fullPath}.",
                $"这是参数扫描文件（base:、vary:），不是情景文件：请用 rdsim sweep {fullPath} 运行。"));
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
                diagnostics.Error(context.Locate(valueNode), key, new($"{key} must be text.", $"{key} 必须是文本。"));
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

    /// <summary>
    /// Plain text (English), or a mapping with <c>en</c> (required) and <c>zh</c>; null after reporting what is wrong. An empty text
    /// (<c>caveats: ""</c>) is an error: it would print as an empty caveat or fit status, and is most likely a value left out.
    /// </summary>
    private static LocalizedText? Localized(string key, YamlNode node, ParseContext context, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode { Value: { } plain }) return NonEmpty(key, node, plain, context, diagnostics) ? new LocalizedText(plain) : null;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is YamlMappingNode map)
        {
            foreach (var (k, v) in map.Children)
            {
                if (k is YamlScalarNode { Value: "en" or "zh" } language && v is YamlScalarNode { Value: { } text })
                {
                    if (!NonEmpty($"{key}.{language.Value}", v, text, context, diagnostics)) return null;
                    texts[language.Value!] = text;
                }
                else
                {
                    diagnostics.Error(context.Locate(k), key, new($"{key} takes text, or {{en: \"…\", zh: \"…\"}} with English and Chinese texts.",
                        $"{key} 的取值是文本，或带英文和中文文本的 {{en: \"…\", zh: \"…\"}}。"));
                    return null;
                }
            }
            if (texts.TryGetValue("en", out var en)) return new LocalizedText(en, texts.GetValueOrDefault("zh"));
        }
        diagnostics.Error(context.Locate(node), key, new($"{key} takes text, or {{en: \"…\", zh: \"…\"}} with at least the English text.",
            $"{key} 的取值是文本，或至少带英文文本的 {{en: \"…\", zh: \"…\"}}。"));
        return null;
    }

    /// <summary>Whether <paramref name="text"/> holds more than white space; false after reporting it at <paramref name="node"/>.</summary>
    private static bool NonEmpty(string key, YamlNode node, string text, ParseContext context, DiagnosticBag diagnostics)
    {
        if (!string.IsNullOrWhiteSpace(text)) return true;
        diagnostics.Error(context.Locate(node), key, new($"{key} is empty; write the text, or leave the key out.", $"{key} 为空；请写出文本，或删去该键。"));
        return false;
    }

    private static readonly Bilingual EmptyScenario = new(
        "the scenario is empty: nothing to run (start from a bundled scenario: `extends: scenarios/china-2008-2024.yaml`, the path relative to this file, then the parameters you change).",
        "情景文件为空：没有可运行的内容（请从自带的情景开始：写 `extends: scenarios/china-2008-2024.yaml`，路径相对于本文件，再写要改变的参数）。");

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
            diagnostics.Error(SourceLocation.At(fullPath, error!.Value.At), "", error.Value.Text);
            return null;
        }
        if (stream.Documents.Count == 0) return new YamlMappingNode();
        if (stream.Documents.Count > 1)
        {
            diagnostics.Error(SourceLocation.Of(fullPath, stream.Documents[1].RootNode), "",
                new("a scenario file holds one YAML document; remove the extra '---'.", "一个情景文件只能有一个 YAML 文档；请删去多余的 '---'。"));
            return null;
        }
        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode map) return map;
        if (root is YamlScalarNode { Value: "" or "~" or "null" }) return new YamlMappingNode();
        diagnostics.Error(SourceLocation.Of(fullPath, root), "",
            new("a scenario file is a mapping of keys (name, extends, simulation, hnte, …).", "情景文件应是由键组成的映射（name、extends、simulation、hnte 等）。"));
        return null;
    }
}
