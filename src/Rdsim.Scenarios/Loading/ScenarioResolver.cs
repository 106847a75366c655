namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Turns settings into a <see cref="Scenario"/> once every file and change has been applied, the one way for both
/// <see cref="ScenarioLoader"/> and <see cref="Scenario.With(IEnumerable{ScenarioChange})"/>: the checks that involve more
/// than one parameter, the typed scenario, and the checks of its policy. The scenario keeps its settings (so that it can be
/// changed again) and its warnings: its values' own (in registry order), then the checks'.
/// </summary>
internal static class ScenarioResolver
{
    /// <summary>What a scenario says about itself besides its parameters.</summary>
    /// <param name="Name">The scenario's name.</param>
    /// <param name="Description">Its description.</param>
    /// <param name="SourcePath">The file it was loaded from.</param>
    /// <param name="Universe">What its population stands for.</param>
    /// <param name="Fit">What it was fitted to.</param>
    /// <param name="Caveats">What not to read into its results.</param>
    /// <param name="AsWritten">Its population's size as its files write it (<see cref="Scenario.AsWritten"/>).</param>
    public sealed record Header(string Name, string? Description, string SourcePath, LocalizedText? Universe, LocalizedText? Fit,
        IReadOnlyList<LocalizedText>? Caveats, Populations.PopulationSize? AsWritten);

    /// <summary>
    /// The scenario of <paramref name="set"/> (the parameters set by files and changes); <paramref name="found"/> holds what
    /// reading them found, and gets what the checks find.
    /// </summary>
    /// <exception cref="InputException">Every error found (and the warnings found alongside).</exception>
    public static Scenario Resolve(Header header, IReadOnlyDictionary<string, Setting> set, DiagnosticBag found)
    {
        var settings = new ResolvedSettings(set);
        var checks = new List<Diagnostic>();
        using (found.CollectWarnings(checks)) ScenarioChecks.Run(settings, found, header.SourcePath);
        if (found.HasErrors) throw found.ToException();
        Scenario scenario;
        try
        {
            scenario = ScenarioBuilder.Build(header.Name, header.Description, header.SourcePath, settings)
                with { Universe = header.Universe, Fit = header.Fit, Caveats = header.Caveats, AsWritten = header.AsWritten, Settings = settings };
        }
        catch (Exception e) when (IO.InputFile.IsReadFailure(e))
        {
            // The content hash reads population.from (checked to be a regular file of a usable size): it can still fail.
            var from = settings["population.from"];
            found.Error(from.Origin ?? new SourceLocation(header.SourcePath, 0, 0), "population.from", IO.InputFile.CannotRead($"{from.Value.At(0)}", e));
            throw found.ToException();
        }
        PolicyChecks.Run(scenario, settings, found);
        IntensityBandChecks.Run(scenario, settings, found);
        if (found.HasErrors) throw found.ToException();
        // In the order a reader meets them: by line within a file (the registry's order would jump about the file).
        var all = settings.All.SelectMany(s => s.Warnings).Concat(checks).ToList();
        var files = all.Select(w => w.File).Distinct(StringComparer.Ordinal).ToList();
        var warnings = new DiagnosticBag();
        foreach (var warning in all.OrderBy(w => files.IndexOf(w.File)).ThenBy(w => w.Line).ThenBy(w => w.Column)) warnings.Add(warning);
        return scenario with { Warnings = warnings.Warnings };
    }

    /// <summary><paramref name="scenario"/> with <paramref name="changes"/> applied after everything that made it.</summary>
    /// <exception cref="InputException">A change that is not valid, or a scenario that is not once they are applied.</exception>
    public static Scenario With(Scenario scenario, IEnumerable<ScenarioChange> changes)
    {
        var settings = scenario.Settings ?? throw new InvalidOperationException(
            "This scenario was not loaded by rdsim (ScenarioLoader.Load), so it has no settings to change.");
        var set = settings.All.Where(s => s.Origin is not null).ToDictionary(s => s.Definition.Name, StringComparer.Ordinal);
        var found = new DiagnosticBag();
        foreach (var change in changes) change.Apply(set, found);
        return Resolve(new Header(scenario.Name, scenario.Description, scenario.SourcePath, scenario.Universe, scenario.Fit, scenario.Caveats, scenario.AsWritten), set, found);
    }
}
