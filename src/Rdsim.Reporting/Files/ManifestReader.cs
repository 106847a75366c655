using System.Text.Json;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Reporting.Files;

/// <summary>
/// Reads a run folder's <c>manifest.json</c> back, or says what is wrong with it (missing, empty, not JSON, not an
/// rdsim manifest, written by an rdsim that recorded no file hashes) as an <see cref="InputException"/> naming the file.
/// </summary>
public static class ManifestReader
{
    /// <summary>The manifest of <paramref name="folder"/> and its exact text (for its seal).</summary>
    /// <exception cref="InputException">When the folder holds no usable manifest.</exception>
    public static (RunManifest Manifest, string Text) Read(string folder)
    {
        var path = Path.Combine(folder, RunFolder.ManifestFile);
        if (!File.Exists(path)) throw Bad(path, "there is no manifest here: not a finished run folder (rdsim run writes one last)");
        var text = File.ReadAllText(path);
        if (string.IsNullOrWhiteSpace(text)) throw Bad(path, "the manifest is empty: not a finished run folder");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw Bad(path, $"the manifest is not valid JSON (line {e.LineNumber + 1}): not one rdsim wrote");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("tool", out var tool) || tool.ValueKind != JsonValueKind.String || tool.GetString() != "rdsim")
                throw Bad(path, "this is not an rdsim manifest (a JSON object with \"tool\": \"rdsim\")");
            if (root.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array && files.EnumerateArray().Any(f => f.ValueKind == JsonValueKind.String))
                throw Bad(path, "the manifest was written by an earlier rdsim that recorded no file hashes, so its files cannot be checked; " +
                    $"run its command again: {(root.TryGetProperty("command", out var command) ? command.GetString() : "rdsim run …")}");
        }
        try
        {
            return (JsonSerializer.Deserialize<RunManifest>(text, RunFolder.Json)!, text);
        }
        catch (JsonException e)
        {
            throw Bad(path, $"the manifest lacks a field or has one of the wrong kind ({e.Path ?? "?"}): not one rdsim wrote");
        }
    }

    private static InputException Bad(string path, string message) => new(new Diagnostic(Severity.Error, path, 0, 0, "", message));
}
