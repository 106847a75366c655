namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Rebuilds a scenario from resolved parameters as a manifest records them (name and value text), without
/// its files: how <c>rdsim report</c> recovers the policy of a stored run (e.g. the HNTE thresholds of a year).
/// </summary>
public static class ResolvedScenarioLoader
{
    /// <summary>The scenario whose parameters are <paramref name="parameters"/>; <c>population.from</c> is left out (the file may have moved).</summary>
    /// <exception cref="InputException">When a value is not valid (e.g. a manifest edited by hand).</exception>
    public static Scenario Load(string name, string? description, string source, IEnumerable<(string Name, string Value)> parameters)
    {
        var diagnostics = new DiagnosticBag();
        var set = new Dictionary<string, Setting>(StringComparer.Ordinal);
        var overrides = parameters.Where(p => p.Name != "population.from").Select(p => $"{p.Name}={p.Value}").ToList();
        OverrideReader.Apply(Override.Set(overrides), set, diagnostics);
        var settings = new ResolvedSettings(set);
        ScenarioChecks.Run(settings, diagnostics);
        if (diagnostics.HasErrors) throw diagnostics.ToException();
        return ScenarioBuilder.Build(name, description, source, settings);
    }
}
