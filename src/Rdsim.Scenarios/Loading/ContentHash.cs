using System.Security.Cryptography;
using System.Text;
using Rdsim.Scenarios.IO;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// The scenario's content hash: SHA-256 (lower-case hex) of a canonical text with one line per parameter,
/// in registry order, <c>name=value</c>. Year-keyed values are written canonically (values that hold the same
/// value in every year give the same text); <c>population.from</c> contributes the SHA-256 of the file's
/// bytes, not its path. Names, descriptions, comments, layout and origins do not enter: they do not change results.
/// </summary>
internal static class ContentHash
{
    /// <summary>The header line, bumped if the canonical form ever changes.</summary>
    public const string FormatVersion = "rdsim-scenario-canonical-v1";

    /// <summary>The hash of the resolved settings.</summary>
    public static string Compute(ResolvedSettings settings) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(settings))));

    /// <summary>The canonical text that is hashed.</summary>
    /// <exception cref="IOException">The population file cannot be read (or is larger than its limit).</exception>
    public static string CanonicalText(ResolvedSettings settings)
    {
        var text = new StringBuilder(FormatVersion).Append('\n');
        foreach (var setting in settings.All)
        {
            var value = setting.Definition.Kind == ParameterKind.Path && setting.Value.At(0) is string path
                ? "sha256:" + FileHash(path)
                : ValueText.Canonical(setting.Value);
            text.Append(setting.Definition.Name).Append('=').Append(value).Append('\n');
        }
        return text.ToString();
    }

    private static string FileHash(string path)
    {
        using var file = InputFile.OpenRead(path, InputLimit.Population);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
