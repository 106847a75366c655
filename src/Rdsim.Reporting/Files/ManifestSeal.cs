using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Rdsim.Reporting.Files;

/// <summary>
/// The seal of a manifest: the SHA-256 of its exact text with the seal's own value left empty. It binds the result
/// fingerprint, the scenario and every file's hash together, so that a manifest edited by hand (a number, a name,
/// a file's hash) is told apart from the one rdsim wrote. It is a check against accidents and careless edits, not a
/// signature: anyone can recompute it.
/// </summary>
public static partial class ManifestSeal
{
    private const string Empty = "\"seal\": \"\"";

    /// <summary>The manifest text <paramref name="json"/>, written with an empty seal, with its seal filled in.</summary>
    public static string Seal(string json)
    {
        var at = json.LastIndexOf(Empty, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException("The manifest has no empty seal to fill in.", nameof(json));
        return json[..at] + $"\"seal\": \"{Hash(json)}\"" + json[(at + Empty.Length)..];
    }

    /// <summary>Whether <paramref name="json"/> carries a seal that matches its text.</summary>
    public static bool Holds(string json)
    {
        var matches = Filled().Matches(json);
        if (matches.Count == 0) return false;
        var seal = matches[^1];
        var unsealed = json[..seal.Index] + Empty + json[(seal.Index + seal.Length)..];
        return seal.Groups[1].Value == Hash(unsealed);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex("\"seal\": \"([0-9a-f]{64})\"")]
    private static partial Regex Filled();
}
