using System.Runtime.InteropServices;

namespace Rdsim.Scenarios.IO;

/// <summary>
/// What a path is on disk, asked of the kernel before the file is opened: opening a named pipe blocks until a
/// writer comes, and a device such as <c>/dev/zero</c> never ends. .NET reports neither (both look like empty
/// files), so on Linux the type comes from <c>statx(2)</c>, whose buffer layout is the same on every architecture.
/// </summary>
internal static class FileKind
{
    private const int AtCurrentDirectory = -100;
    private const uint TypeAndSize = 0x1 | 0x200;   // STATX_TYPE | STATX_SIZE
    private const int TypeMask = 0xF000;             // S_IFMT

    /// <summary>
    /// Null for a regular file (or where the type cannot be asked), else what the path is, in words
    /// (e.g. "a character device"), in English and Chinese.
    /// </summary>
    public static Bilingual? NotRegular(string fullPath)
    {
        if (Directory.Exists(fullPath)) return Folder;
        if (!OperatingSystem.IsLinux()) return null;
        StatxBuffer status;
        try
        {
            if (Statx(AtCurrentDirectory, fullPath, 0, TypeAndSize, out status) != 0) return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;   // not glibc: fall back on the size limit enforced while reading
        }
        return (status.Mode & TypeMask) switch
        {
            0x8000 => null,
            0x1000 => new Bilingual("a named pipe (FIFO)", "命名管道（FIFO）"),
            0x2000 => new Bilingual("a character device", "字符设备"),
            0x6000 => new Bilingual("a block device", "块设备"),
            0xC000 => new Bilingual("a socket", "套接字"),
            0x4000 => Folder,
            _ => new Bilingual("not a regular file", "非普通文件"),
        };
    }

    private static readonly Bilingual Folder = new("a folder", "文件夹");

    [DllImport("libc.so.6", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);

    /// <summary>struct statx (linux/stat.h): 256 bytes; only the mode is read.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;
    }
}
