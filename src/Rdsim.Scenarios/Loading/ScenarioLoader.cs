namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Loads a scenario file: follows its <c>extends</c> chain (each file replaces its parent's values parameter
/// by parameter), applies changes (<c>--set</c> overrides, options, values given in code) last, validates everything
/// against the parameter registry and builds the typed <see cref="Scenario"/>.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads and validates a scenario with overrides typed with <c>--set</c>.</summary>
    /// <param name="path">The scenario file (relative paths resolve against the current directory).</param>
    /// <param name="overrides">Overrides <c>name=value</c>, applied in order after every file.</param>
    /// <returns>The scenario, with any warnings.</returns>
    /// <exception cref="InputException">Listing every error found (and the warnings found alongside).</exception>
    public static Scenario Load(string path, IReadOnlyList<string>? overrides = null) => LoadWith(path, ScenarioChange.ParseAll(overrides ?? []));

    /// <summary>Loads and validates a scenario with changes, each reported against what gave it.</summary>
    /// <param name="path">The scenario file (relative paths resolve against the current directory).</param>
    /// <param name="changes">Changes, applied in order after every file.</param>
    /// <returns>The scenario, with any warnings.</returns>
    /// <exception cref="InputException">Listing the errors found (and the warnings found alongside).</exception>
    public static Scenario LoadWith(string path, IReadOnlyList<ScenarioChange> changes)
    {
        var diagnostics = new DiagnosticBag();
        if (path.Contains('\0'))
        {
            diagnostics.Error(new SourceLocation("command line", 0, 0), "", new("the scenario path contains a NUL character.", "情景文件的路径含有 NUL 字符。"));
            throw diagnostics.ToException();
        }
        var fullPath = Path.GetFullPath(path);
        var (set, top) = ScenarioChain.Load(fullPath, diagnostics);
        var asWritten = Size(set);
        foreach (var change in changes) change.Apply(set, diagnostics);
        if (top is null)
        {
            ScenarioChecks.Run(new ResolvedSettings(set), diagnostics, fullPath);
            throw diagnostics.ToException();
        }
        var header = new ScenarioResolver.Header(top.Name ?? Path.GetFileNameWithoutExtension(fullPath), top.Description, fullPath, top.Universe, top.Fit, top.Caveats, asWritten);
        return ScenarioResolver.Resolve(header, set, diagnostics);
    }

    /// <summary>The synthetic population's size that <paramref name="set"/> gives, or null when it reads its firms from a file or a value is not a whole number (an error reported elsewhere).</summary>
    private static Populations.PopulationSize? Size(IReadOnlyDictionary<string, Setting> set)
    {
        var settings = new ResolvedSettings(set);
        return settings.Constant("population.from") is null && settings.Constant("population.firms") is long firms && settings.Constant("population.weight") is long weight
            && firms is > 0 and <= int.MaxValue && weight is > 0 and <= int.MaxValue
            ? new((int)firms, (int)weight)
            : null;
    }
}
