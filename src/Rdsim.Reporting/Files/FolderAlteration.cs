namespace Rdsim.Reporting.Files;

/// <summary>A file of a run folder that is not as rdsim wrote it.</summary>
/// <param name="File">The file, relative to the folder.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record FolderAlteration(string File, string Problem)
{
    /// <summary><c>file: problem</c>.</summary>
    public override string ToString() => $"{File}: {Problem}";
}
