using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Turns resolved settings into the typed <see cref="Scenario"/>: run settings, model parameters, the yearly
/// policy schedule, the population spec, the resolved list and the content hash. Each model record starts
/// from its own defaults and every registry binding writes its value in registry order, so a specific
/// sector's <c>sectorExtraRate</c> entry (listed after the <c>manufacturing</c> group) wins over the group.
/// </summary>
internal static class ScenarioBuilder
{
    /// <summary>Builds the scenario; the settings must have passed validation.</summary>
    public static Scenario Build(string name, string? description, string sourcePath, ResolvedSettings settings)
    {
        var run = new RunSettings(
            (int)settings.Integer("simulation.firstYear"),
            (int)settings.Integer("simulation.lastYear"),
            (int)settings.Integer("simulation.warmupYears"),
            (ulong)settings.Integer("simulation.seed"),
            (int)settings.Integer("simulation.replications"));
        var behaviour = Fold(settings, new BehaviourParameters(), run.FirstYear);
        var profiles = RdStartHazards.Tilted(
            Sectors.All.Select(s => Fold(settings, new SectorProfile(), run.FirstYear, s.Id)).ToArray(), behaviour.RdStartSectorTilt);
        var model = new ModelParameters(
            behaviour,
            profiles,
            Fold(settings, new TraitCorrelations(), run.FirstYear));
        var policy = new PolicySchedule(run.FirstYear, run.LastYear, year => Fold(settings, new YearPolicy(), year));
        var population = new PopulationSpec(
            (int)settings.Integer("population.firms"),
            settings.Constant("population.from") as string,
            (double)settings.Constant("population.entryRate")!,
            (double)settings.Constant("population.exitRate")!,
            (int)settings.Integer("population.weight"))
        {
            Technology = new TechnologyEntry(
                new YearKeyed<double>(settings["population.techEntrantShare"].Value.Entries.Select(e => KeyValuePair.Create(e.Key, (double)e.Value!))),
                (double)settings.Constant("population.techEntrantIntensityScale")!),
        };
        var resolved = settings.All
            .Select(s => new ResolvedParameter(s.Definition.Name, ValueText.Format(s.Value), s.OriginText))
            .ToArray();
        return new Scenario(name, description, sourcePath, run, model, policy, population, resolved, ContentHash.Compute(settings));
    }

    private static T Fold<T>(ResolvedSettings settings, T record, int year, int sectorId = -1)
    {
        foreach (var setting in settings.All)
        {
            if (setting.Definition.Binding is ModelBinding<T> binding && binding.SectorId == sectorId)
            {
                record = binding.Apply(record, setting.Value.At(year));
            }
        }
        return record;
    }
}
