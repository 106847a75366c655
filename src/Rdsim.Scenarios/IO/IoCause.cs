namespace Rdsim.Scenarios.IO;

/// <summary>The cause of an I/O failure in plain words (the runtime's messages name neither the cause nor what to do).</summary>
public static class IoCause
{
    // errno values as .NET reports them in IOException.HResult on Linux.
    private const int NoSpace = 28, ReadOnly = 30, Quota = 122, InputOutput = 5, NotADirectory = 20, IsADirectory = 21, NameTooLong = 36;

    /// <summary>Why <paramref name="e"/> happened, e.g. "no space left on the device", in English and Chinese.</summary>
    public static Bilingual Of(Exception e) => e switch
    {
        UnauthorizedAccessException => new("permission denied", "没有写入权限"),
        PathTooLongException => new("the path, or one of its names, is too long", "路径或其中某一级名称过长"),
        DirectoryNotFoundException => new("a folder on the path does not exist or is not a folder", "路径上的某个文件夹不存在或不是文件夹"),
        FileNotFoundException f => f.FileName is { } name ? new($"{name} does not exist", $"{name} 不存在") : new("a file it needs does not exist", "所需的文件不存在"),
        IOException { HResult: NoSpace } => new("no space left on the device", "设备上没有剩余空间"),
        IOException { HResult: Quota } => new("the disk quota is exhausted", "磁盘配额已用完"),
        IOException { HResult: ReadOnly } => new("read-only file system", "文件系统为只读"),
        IOException { HResult: InputOutput } => new("input/output error (a failing disk or a lost network share?)", "输入/输出错误（磁盘故障或网络共享断开？）"),
        IOException { HResult: NotADirectory } => new("a part of the path is a file, not a folder", "路径中有一部分是文件而不是文件夹"),
        IOException { HResult: IsADirectory } => new("a folder is in the way", "目标位置已有同名文件夹"),
        IOException { HResult: NameTooLong } => new("a name on the path is too long", "路径上的某个名称过长"),
        _ => InputFile.SystemText(e.Message.TrimEnd('.')),
    };
}
