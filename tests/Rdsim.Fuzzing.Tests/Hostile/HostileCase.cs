namespace Rdsim.Fuzzing.Tests.Hostile;

/// <summary>One hostile input: what it is (printed when it fails) and how to make it in a scratch folder.</summary>
/// <param name="Name">The input in words, e.g. "a list nested 45,000 deep in --set".</param>
/// <param name="Prepare">Writes what the case needs into the folder and returns the rdsim arguments that read it.</param>
internal sealed record HostileCase(string Name, Func<string, string[]> Prepare)
{
    /// <summary>The bundled scenario the cases extend or override.</summary>
    public static string China { get; } = Path.Combine(FuzzSettings.RepositoryRoot, "scenarios", "china-2008-2024.yaml");

    public override string ToString() => Name;

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
