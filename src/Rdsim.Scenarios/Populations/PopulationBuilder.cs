using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;

namespace Rdsim.Scenarios.Populations;

/// <summary>
/// Makes a scenario's firms (MODEL.md §2): synthetic ones drawn from the sector profiles, or firms read
/// from a CSV file with missing values drawn the same way. Everything is keyed by the seed and firm id,
/// so firm k is the same firm whatever the population's size.
/// </summary>
public static class PopulationBuilder
{
    /// <summary>The scenario's population: imported when <see cref="PopulationSpec.FromCsv"/> is set, else synthetic.</summary>
    /// <param name="scenario">The resolved scenario (its model and <see cref="RunSettings.Seed"/>).</param>
    /// <param name="regions">Regions for names (e.g. <c>["宁波"]</c>); <see cref="ChineseNameParts.NationalRegions"/> when null.</param>
    public static Population Build(Scenario scenario, IReadOnlyList<string>? regions = null) =>
        scenario.Population.FromCsv is { } path
            ? FromCsv(path, scenario.Model, scenario.Run.Seed, regions)
            : Synthetic(scenario.Model, scenario.Run.Seed, scenario.Population.Firms, regions);

    /// <summary>
    /// <paramref name="count"/> synthetic firms with ids 0..count-1: traits from <see cref="TraitSampler"/>,
    /// Chinese names and regions from <see cref="FirmNamer"/>.
    /// </summary>
    public static Population Synthetic(ModelParameters model, ulong seed, int count, IReadOnlyList<string>? regions = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var sampler = new TraitSampler(model.SectorProfiles, model.Correlations);
        var namer = new FirmNamer(seed, regions);
        var traits = new FirmTraits[count];
        var identities = new FirmIdentity[count];
        for (var id = 0; id < count; id++)
        {
            traits[id] = sampler.Draw(seed, id);
            var (name, region) = namer.Identify(traits[id]);
            identities[id] = new FirmIdentity(name, region, null);
        }
        return new Population(traits, identities);
    }

    /// <summary>
    /// Firms read from a CSV file (docs/population-csv.md); see <see cref="PopulationCsv.Read"/>.
    /// Throws <see cref="Loading.InputException"/> listing every bad row.
    /// </summary>
    public static Population FromCsv(string path, ModelParameters model, ulong seed, IReadOnlyList<string>? regions = null) =>
        PopulationCsv.Read(path, model, seed, regions);
}
