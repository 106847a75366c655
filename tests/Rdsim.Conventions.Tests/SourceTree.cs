namespace Rdsim.Conventions.Tests;

/// <summary>The repository's source files, for rules that are about the code as written.</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every C# file under src/, without build output.</summary>
    public static IEnumerable<string> SourceFiles(string under = "src") =>
        Directory.EnumerateFiles(Path.Combine(Root, under), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                        && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    public static string Relative(string path) => Path.GetRelativePath(Root, path);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Simulation.sln not found.");
    }
}
