using Rdsim.Scenarios.IO;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Opens and checks output paths before any work is done, so bad ones fail fast (exit 2) and nothing is written.</summary>
public static class OutputPaths
{
    /// <summary>Help text of <c>--force</c>, shared by every verb that writes a results folder.</summary>
    public const string ForceHelp =
        "Go ahead where rdsim would refuse: write into a non-empty folder rdsim cannot prove is its own (replacing files there with the names of its results; nothing else is ever deleted), or run when the memory estimate is above 80% of the memory available. A folder holding another command's results (a run, a comparison, a sweep, …) is refused even so";

    /// <summary>
    /// Checks, creates and locks the folder <paramref name="path"/> (given by <paramref name="option"/>) for results of <paramref name="kind"/>,
    /// refusing it when it cannot be written, another rdsim writes it, it holds another command's results, or it holds files rdsim
    /// did not write (unless <paramref name="force"/>), or it lies inside another command's results (but for a member folder of a
    /// parent holding <paramref name="memberOf"/>, written by that parent's own command).
    /// </summary>
    public static OutputFolder Open(string path, string option, FolderKind kind, IReadOnlyList<string> willWrite, bool force, FolderKind? memberOf = null)
    {
        var folder = OutputFolder.Open(path, new OutputOptions { Option = option, Kind = kind, WillWrite = willWrite, Force = force, MemberOf = memberOf });
        if (folder.Note is { } note) CliConsole.Warn(note);
        return folder;
    }

    /// <summary>
    /// The path must be a file that can be created: a name file systems allow, in a folder that exists and can be
    /// written (tried by creating and removing a hidden file there), and not a folder.
    /// </summary>
    public static void RequireWritableFile(string path, string option)
    {
        var full = OutputPathCheck.ForFile(path, option);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw OutputPathCheck.Refused(path, option, new($"the folder '{folder}' does not exist", $"文件夹 '{folder}' 不存在"));
        var probe = Path.Combine(folder, $".rdsim-probe-{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write)) { }
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var cause = IoCause.Of(e);
            throw OutputPathCheck.Refused(path, option, new($"the folder '{folder}' cannot be written: {cause.En}", $"无法写入文件夹 '{folder}'：{cause.Zh}"));
        }
    }
}
