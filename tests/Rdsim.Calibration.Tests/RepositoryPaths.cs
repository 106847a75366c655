namespace Rdsim.Calibration.Tests;

/// <summary>Files of the repository, found from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name);

    public static string NingboTargets => Path.Combine(Root, "scenarios", "targets", "ningbo-2013-targets.csv");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulation.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Simulation.sln not found above the test folder.");
    }
}
