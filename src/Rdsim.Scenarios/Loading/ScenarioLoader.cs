namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Loads a scenario file: follows its <c>extends</c> chain (each file replaces its parent's values parameter
/// by parameter), applies <c>--set</c> overrides last, validates everything against the parameter registry
/// and builds the typed <see cref="Scenario"/>.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads and validates a scenario.</summary>
    /// <param name="path">The scenario file (relative paths resolve against the current directory).</param>
    /// <param name="overrides">Overrides <c>name=value</c>, applied in order after every file.</param>
    /// <returns>The scenario and any warnings.</returns>
    /// <exception cref="InputException">Listing every error found (and the warnings found alongside).</exception>
    public static LoadedScenario Load(string path, IReadOnlyList<string>? overrides = null) => LoadWith(path, Override.Set(overrides ?? []));

    /// <summary>Loads and validates a scenario with overrides that name the option that gave them (reported against it).</summary>
    /// <param name="path">The scenario file (relative paths resolve against the current directory).</param>
    /// <param name="overrides">Overrides, applied in order after every file.</param>
    /// <returns>The scenario and any warnings.</returns>
    /// <exception cref="InputException">Listing the errors found (and the warnings found alongside).</exception>
    public static LoadedScenario LoadWith(string path, IReadOnlyList<Override> overrides)
    {
        var diagnostics = new DiagnosticBag();
        if (path.Contains('\0'))
        {
            diagnostics.Error(new SourceLocation("command line", 0, 0), "", "the scenario path contains a NUL character.");
            throw diagnostics.ToException();
        }
        var fullPath = Path.GetFullPath(path);
        var (set, top) = ScenarioChain.Load(fullPath, diagnostics);
        OverrideReader.Apply(overrides, set, diagnostics);
        var settings = new ResolvedSettings(set);
        ScenarioChecks.Run(settings, diagnostics, fullPath);
        if (diagnostics.HasErrors || top is null) throw diagnostics.ToException();
        var name = top.Name ?? Path.GetFileNameWithoutExtension(fullPath);
        Scenario scenario;
        try
        {
            scenario = ScenarioBuilder.Build(name, top.Description, fullPath, settings) with { Universe = top.Universe, Fit = top.Fit };
        }
        catch (Exception e) when (IO.InputFile.IsReadFailure(e))
        {
            // The content hash reads population.from (checked to be a regular file of a usable size): it can still fail.
            var from = settings["population.from"];
            diagnostics.Error(from.Origin ?? new SourceLocation(fullPath, 0, 0), "population.from", $"{from.Value.At(0)} cannot be read: {IO.InputFile.Reason(e)}.");
            throw diagnostics.ToException();
        }
        PolicyChecks.Run(scenario, settings, diagnostics);
        IntensityBandChecks.Run(scenario, settings, diagnostics);
        if (diagnostics.HasErrors) throw diagnostics.ToException();
        return new LoadedScenario(scenario, diagnostics.Warnings);
    }
}
