namespace Rdsim.Reporting.Files;

/// <summary>A file of a run folder that is not as rdsim wrote it.</summary>
/// <param name="File">The file, relative to the folder.</param>
/// <param name="Problem">What is wrong with it, in English and Chinese.</param>
public sealed record FolderAlteration(string File, Scenarios.Bilingual Problem)
{
    /// <summary>An alteration whose problem is a word that reads the same in both languages, or is known only in English.</summary>
    public FolderAlteration(string file, string problem) : this(file, Scenarios.Bilingual.Same(problem))
    {
    }

    /// <summary><c>file: problem</c>.</summary>
    public override string ToString() => $"{File}: {Problem.En}";
}
