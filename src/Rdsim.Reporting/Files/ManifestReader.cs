using System.Text.Json;
using Rdsim.Scenarios;
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
        if (!File.Exists(path)) throw Bad(path, new("there is no manifest here: not a finished run folder (rdsim run writes one last)", "这里没有清单文件：不是已完成的运行文件夹（rdsim run 最后写清单）"));
        var text = File.ReadAllText(path);
        if (string.IsNullOrWhiteSpace(text)) throw Bad(path, new("the manifest is empty: not a finished run folder", "清单文件为空：不是已完成的运行文件夹"));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw Bad(path, new($"the manifest is not valid JSON (line {e.LineNumber + 1}): not one rdsim wrote", $"清单文件不是有效的 JSON（第 {e.LineNumber + 1} 行）：不是 rdsim 写的"));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("tool", out var tool) || tool.ValueKind != JsonValueKind.String || tool.GetString() != "rdsim")
                throw Bad(path, new("this is not an rdsim manifest (a JSON object with \"tool\": \"rdsim\")", "这不是 rdsim 的清单文件（带 \"tool\": \"rdsim\" 的 JSON 对象）"));
            if (root.TryGetProperty("files", out var files) && files.ValueKind == JsonValueKind.Array && files.EnumerateArray().Any(f => f.ValueKind == JsonValueKind.String))
            {
                var again = root.TryGetProperty("command", out var command) ? command.GetString() : "rdsim run …";
                throw Bad(path, new($"the manifest was written by an earlier rdsim that recorded no file hashes, so its files cannot be checked; run its command again: {again}",
                    $"该清单由未记录文件哈希的旧版 rdsim 写成，无法核对其文件；请重新运行其命令：{again}"));
            }
        }
        try
        {
            return (JsonSerializer.Deserialize<RunManifest>(text, RunFolder.Json)!, text);
        }
        catch (JsonException e)
        {
            throw Bad(path, new($"the manifest lacks a field or has one of the wrong kind ({e.Path ?? "?"}): not one rdsim wrote", $"清单文件缺少字段或字段类型不对（{e.Path ?? "?"}）：不是 rdsim 写的"));
        }
    }

    private static InputException Bad(string path, Bilingual message) => new(Diagnostic.Error(path, 0, 0, "", message));
}
