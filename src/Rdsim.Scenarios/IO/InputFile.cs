using System.Text;

namespace Rdsim.Scenarios.IO;

/// <summary>
/// Opens the files rdsim reads (scenarios, population files, targets) only when they can be read safely: a valid
/// path, a regular file (not a pipe, a device or a folder) and no larger than its <see cref="InputLimit"/>. Every
/// refusal and every failure while reading is a sentence a user can act on, never an exception's text.
/// </summary>
public static class InputFile
{
    /// <summary>Why <paramref name="path"/> cannot be read as a <see cref="InputLimit.What"/>, in words; null when it can be.</summary>
    public static string? Problem(string path, InputLimit limit)
    {
        if (path.Contains('\0')) return $"the path of the {limit.What} contains a NUL character";
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
        {
            return $"'{path}' is not a usable path for a {limit.What}";
        }
        if (Directory.Exists(full)) return $"{full} is a folder, not a {limit.What}";
        if (!File.Exists(full)) return $"{limit.What} not found: {full}";
        if (FileKind.NotRegular(full) is { } kind) return $"{full} is {kind}, not a regular file; a {limit.What} must be a regular file";
        var length = new FileInfo(full).Length;
        return length > limit.MaxBytes ? $"{full} is {length:N0} bytes; a {limit.What} may be at most {limit.Text}" : null;
    }

    /// <summary>Opens a file <see cref="Problem"/> accepted; reading more than the limit throws <see cref="IOException"/>.</summary>
    public static Stream OpenRead(string path, InputLimit limit) => new LimitedStream(File.OpenRead(path), limit, Path.GetFullPath(path));

    /// <summary>The whole text (UTF-8 unless a byte-order mark says otherwise) of a file <see cref="Problem"/> accepted.</summary>
    /// <exception cref="IOException">The file cannot be read, or grew past the limit.</exception>
    /// <exception cref="UnauthorizedAccessException">Reading is not permitted.</exception>
    public static string ReadText(string path, InputLimit limit)
    {
        using var reader = new StreamReader(OpenRead(path, limit), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Whether <paramref name="e"/> is a failure to read a file (which <see cref="Reason"/> puts in words).</summary>
    public static bool IsReadFailure(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>Why a read failed, in plain words without the exception's type or stack (e.g. "permission denied").</summary>
    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "it no longer exists",
        PathTooLongException => "the path is too long",
        InputTooLargeException => e.Message,
        _ => WithoutPath(e.Message),
    };

    /// <summary>.NET appends " : 'PATH'" to I/O messages; the diagnostic names the file already.</summary>
    private static string WithoutPath(string message)
    {
        var cut = message.IndexOf(" : '", StringComparison.Ordinal);
        var text = (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
        return text.Length == 0 ? "an input/output error" : char.ToLowerInvariant(text[0]) + text[1..];
    }
}
