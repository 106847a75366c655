namespace Rdsim.Cli.Infrastructure;

/// <summary>Checks output paths before any work is done, so bad ones fail fast and write nothing.</summary>
public static class OutputPaths
{
    /// <summary>
    /// The path must be a file we can create: not a folder, and in a folder that exists or is
    /// <paramref name="createdFolder"/>, the results folder the command itself creates.
    /// </summary>
    public static void RequireWritableFile(string path, string option, string? createdFolder = null)
    {
        if (Directory.Exists(path)) throw Errors.Option(option, $"'{path}' is a folder; give a file name, e.g. {Path.Combine(path, "firms.csv")}.");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is null || Directory.Exists(folder) || SameFolder(folder, createdFolder)) return;
        throw Errors.Option(option, $"The folder '{folder}' does not exist.");
    }

    private static bool SameFolder(string folder, string? other) =>
        other is not null && Path.TrimEndingDirectorySeparator(Path.GetFullPath(other)) == Path.TrimEndingDirectorySeparator(folder);

    /// <summary>The path must be a folder or not exist yet; an existing file is refused.</summary>
    public static void RequireFolder(string path, string option)
    {
        if (File.Exists(path)) throw Errors.Option(option, $"'{path}' is a file; give a folder for the results.");
    }
}
