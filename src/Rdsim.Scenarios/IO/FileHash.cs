using System.Security.Cryptography;

namespace Rdsim.Scenarios.IO;

/// <summary>SHA-256 of a file's content, as rdsim records it (lower-case hex).</summary>
public static class FileHash
{
    /// <summary>The SHA-256 of the file at <paramref name="path"/>.</summary>
    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
