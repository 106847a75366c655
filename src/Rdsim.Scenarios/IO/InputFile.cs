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
    public static Bilingual? Problem(string path, InputLimit limit)
    {
        var (what, whatZh) = (limit.What.En, limit.What.Zh);
        if (path.Contains('\0')) return new($"the path of the {what} contains a NUL character", $"{whatZh}的路径含有 NUL 字符");
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
        {
            return new($"'{path}' is not a usable path for a {what}", $"'{path}' 不是可用的{whatZh}路径");
        }
        if (Directory.Exists(full)) return new($"{full} is a folder, not a {what}", $"{full} 是文件夹，不是{whatZh}");
        if (!File.Exists(full)) return new($"{what} not found: {full}", $"找不到{whatZh}：{full}");
        if (FileKind.NotRegular(full) is { } kind)
        {
            return new($"{full} is {kind.En}, not a regular file; a {what} must be a regular file", $"{full} 是{kind.Zh}，不是普通文件；{whatZh}必须是普通文件");
        }
        var length = new FileInfo(full).Length;
        return length > limit.MaxBytes
            ? new($"{full} is {length:N0} bytes; a {what} may be at most {limit.Text.En}", $"{full} 有 {length:N0} 字节；{whatZh}最大为 {limit.Text.Zh}")
            : null;
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
    public static Bilingual Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => new("permission denied", "没有读取权限"),
        FileNotFoundException or DirectoryNotFoundException => new("it no longer exists", "文件已不存在"),
        PathTooLongException => new("the path is too long", "路径过长"),
        InputTooLargeException tooLarge => tooLarge.Text,
        _ => SystemText(WithoutPath(e.Message)),
    };

    /// <summary>"<paramref name="path"/> cannot be read: why.", the sentence for a read that failed.</summary>
    public static Bilingual CannotRead(string path, Exception e)
    {
        var reason = Reason(e);
        return new($"{path} cannot be read: {reason.En}.", $"无法读取 {path}：{reason.Zh}。");
    }

    /// <summary>
    /// What the operating system said, which has no Chinese text of rdsim's own: the Chinese quotes it, as the system's words.
    /// </summary>
    internal static Bilingual SystemText(string message) => new(message, $"系统报告的错误：\"{message}\"");

    /// <summary>.NET appends " : 'PATH'" to I/O messages; the diagnostic names the file already.</summary>
    private static string WithoutPath(string message)
    {
        var cut = message.IndexOf(" : '", StringComparison.Ordinal);
        var text = (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
        return text.Length == 0 ? "an input/output error" : char.ToLowerInvariant(text[0]) + text[1..];
    }
}
