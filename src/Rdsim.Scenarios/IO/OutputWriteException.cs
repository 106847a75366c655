namespace Rdsim.Scenarios.IO;

/// <summary>
/// An I/O fault while rdsim wrote a result file (a full disk, a lost share): the path and the cause in plain words.
/// The command line turns it into one line and exit code 1; the folder is left without the file that marks it complete.
/// </summary>
public sealed class OutputWriteException : IOException
{
    /// <summary>A failure to write <paramref name="path"/>.</summary>
    public OutputWriteException(string path, Bilingual cause, Exception? inner = null)
        : base($"Could not write {path}: {cause.En}.", inner)
    {
        Path = path;
        Cause = cause.En;
        Text = new($"Could not write {path}: {cause.En}.", $"无法写入 {path}：{cause.Zh}。");
    }

    /// <summary>The file that could not be written.</summary>
    public string Path { get; }

    /// <summary>Why, in plain words.</summary>
    public string Cause { get; }

    /// <summary>The message (<see cref="Exception.Message"/>) in English and Chinese.</summary>
    public Bilingual Text { get; }
}
