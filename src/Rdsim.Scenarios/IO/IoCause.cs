namespace Rdsim.Scenarios.IO;

/// <summary>The cause of an I/O failure in plain words (the runtime's messages name neither the cause nor what to do).</summary>
public static class IoCause
{
    // errno values as .NET reports them in IOException.HResult on Linux.
    private const int NoSpace = 28, ReadOnly = 30, Quota = 122, InputOutput = 5, NotADirectory = 20, IsADirectory = 21, NameTooLong = 36;

    /// <summary>Why <paramref name="e"/> happened, e.g. "no space left on the device".</summary>
    public static string Of(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "the path, or one of its names, is too long",
        DirectoryNotFoundException => "a folder on the path does not exist or is not a folder",
        FileNotFoundException f => $"{f.FileName ?? "a file it needs"} does not exist",
        IOException { HResult: NoSpace } => "no space left on the device",
        IOException { HResult: Quota } => "the disk quota is exhausted",
        IOException { HResult: ReadOnly } => "read-only file system",
        IOException { HResult: InputOutput } => "input/output error (a failing disk or a lost network share?)",
        IOException { HResult: NotADirectory } => "a part of the path is a file, not a folder",
        IOException { HResult: IsADirectory } => "a folder is in the way",
        IOException { HResult: NameTooLong } => "a name on the path is too long",
        _ => e.Message.TrimEnd('.'),
    };
}
