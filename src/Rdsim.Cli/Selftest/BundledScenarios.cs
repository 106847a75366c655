using System.Reflection;

namespace Rdsim.Cli.Selftest;

/// <summary>
/// The scenarios bundled with rdsim and their golden outputs, embedded in the assembly. Sweep files
/// (<c>sweep-*.yaml</c>) are not scenarios and have no golden output.
/// </summary>
public static class BundledScenarios
{
    private const string ScenarioPrefix = "scenarios/";
    private const string GoldenPrefix = "golden/";

    /// <summary>The overrides that make a bundled scenario's small, fixed-seed golden version.</summary>
    public static IReadOnlyList<string> GoldenOverrides { get; } = ["population.firms=200", "simulation.replications=2"];

    private static Assembly Assembly => typeof(BundledScenarios).Assembly;

    /// <summary>File names of the bundled scenarios (sweeps excluded), in order.</summary>
    public static IReadOnlyList<string> Names() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ScenarioPrefix, StringComparison.Ordinal))
            .Select(n => n[ScenarioPrefix.Length..])
            .Where(n => !n.StartsWith("sweep", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The golden file name of a scenario file name.</summary>
    public static string GoldenName(string scenario) => Path.GetFileNameWithoutExtension(scenario) + ".years.csv";

    /// <summary>The golden <c>years.csv</c> of a scenario, or null when none is bundled.</summary>
    public static string? Golden(string scenario) => Read(GoldenPrefix + GoldenName(scenario));

    /// <summary>Writes every bundled scenario file (sweeps too, since scenarios may extend each other) into <paramref name="folder"/>.</summary>
    public static void Extract(string folder)
    {
        foreach (var name in Assembly.GetManifestResourceNames().Where(n => n.StartsWith(ScenarioPrefix, StringComparison.Ordinal)))
        {
            File.WriteAllText(Path.Combine(folder, name[ScenarioPrefix.Length..]), Read(name));
        }
    }

    private static string? Read(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
