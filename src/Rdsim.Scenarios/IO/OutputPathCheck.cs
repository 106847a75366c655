using System.Text;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Scenarios.IO;

/// <summary>
/// Refuses, before any work is done, an output path that can never hold results or must not: an empty name, a name
/// longer than file systems allow, a kernel folder (/proc, /sys, /dev), a file on the way, and the places a careless
/// <c>--out</c> would fill with results: the current folder, the home folder, the file system's root and the root of
/// a repository. Each refusal names the option, the path and the reason (exit code 2).
/// </summary>
public static class OutputPathCheck
{
    /// <summary>The longest name (one path component) Linux file systems allow, in bytes.</summary>
    public const int MaxNameBytes = 255;

    private static readonly string[] KernelFolders = ["/proc", "/sys", "/dev"];

    /// <summary>The full path of <paramref name="path"/>, or an <see cref="InputException"/> saying why it cannot be an output folder.</summary>
    public static string ForFolder(string path, string option)
    {
        var full = Checked(path, option);
        if (File.Exists(full)) throw Refused(path, option, new("it is a file; give a folder for the results", "这是一个文件；请为结果给出一个文件夹"));
        if (full == Path.GetPathRoot(full)) throw Refused(path, option, new("it is the root of the file system", "这是文件系统的根目录"));
        if (Same(full, Directory.GetCurrentDirectory())) throw Refused(path, option, new("it is the current folder; give the results a folder of their own, e.g. --out runs/NAME",
                "这是当前文件夹；请为结果单独给出一个文件夹，例如 --out runs/NAME"));
        if (Same(full, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile))) throw Refused(path, option, new("it is your home folder; give the results a folder of their own", "这是你的主文件夹；请为结果单独给出一个文件夹"));
        if (Directory.Exists(Path.Combine(full, ".git")) || File.Exists(Path.Combine(full, ".git")))
            throw Refused(path, option, new("it is the root of a repository (it holds .git); give the results a folder of their own, e.g. runs/NAME",
                "这是一个代码仓库的根目录（其中有 .git）；请为结果单独给出一个文件夹，例如 runs/NAME"));
        return full;
    }

    /// <summary>The full path of <paramref name="path"/> as a file to write, or an <see cref="InputException"/> saying why it cannot be one.</summary>
    public static string ForFile(string path, string option)
    {
        var full = Checked(path, option);
        if (Directory.Exists(full)) throw Refused(path, option, new("it is a folder; give a file name", "这是一个文件夹；请给出文件名"));
        return full;
    }

    /// <summary>An <see cref="InputException"/> for <paramref name="option"/> naming <paramref name="path"/> and <paramref name="reason"/>.</summary>
    public static InputException Refused(string path, string option, Bilingual reason) =>
        new(Diagnostic.Error(path.Length == 0 ? "(empty path)" : path, 0, 0, option,
            new($"cannot write results here: {reason.En}.", $"不能把结果写在这里：{reason.Zh}。")));

    private static string Checked(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path)) throw Refused(path, option, new("the path is empty", "路径为空"));
        if (path.Contains('\0', StringComparison.Ordinal)) throw Refused(path.Replace("\0", "\\0", StringComparison.Ordinal), option, new("the path holds a NUL character", "路径含有 NUL 字符"));
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        foreach (var name in full.Split(Path.DirectorySeparatorChar))
        {
            var bytes = Encoding.UTF8.GetByteCount(name);
            if (bytes > MaxNameBytes) throw Refused(path, option, new($"the name '{name[..20]}…' has {bytes} bytes; file systems allow {MaxNameBytes}",
                    $"名称 '{name[..20]}…' 有 {bytes} 字节；文件系统最多允许 {MaxNameBytes} 字节"));
        }
        if (KernelFolders.FirstOrDefault(k => full == k || full.StartsWith(k + "/", StringComparison.Ordinal)) is { } kernel)
            throw Refused(path, option, new($"{kernel} is a kernel folder, not a place for files", $"{kernel} 是内核文件夹，不能存放文件"));
        for (var parent = Path.GetDirectoryName(full); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent)) throw Refused(path, option, new($"'{parent}' is a file, not a folder", $"'{parent}' 是文件，不是文件夹"));
        }
        return full;
    }

    private static bool Same(string a, string b) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)) == a;
}
