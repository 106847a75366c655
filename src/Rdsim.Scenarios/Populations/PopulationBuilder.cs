using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;

namespace Rdsim.Scenarios.Populations;

/// <summary>
/// Makes a scenario's firms (docs/model.md §2): synthetic ones drawn from the sector profiles, or firms read
/// from a CSV file with missing values drawn the same way, and the entrants and exits of the scenario's
/// turnover. Everything is keyed by the seed and firm id, so firm k is the same firm whatever the population's size.
/// </summary>
public static class PopulationBuilder
{
    /// <summary>The scenario's population: imported when <see cref="PopulationSpec.FromCsv"/> is set, else synthetic.</summary>
    /// <param name="scenario">The resolved scenario (its model, <see cref="RunSettings.Seed"/> and turnover).</param>
    /// <param name="regions">Regions for names (e.g. <c>["宁波"]</c>); <see cref="ChineseNameParts.NationalRegions"/> when null.</param>
    public static Population Build(Scenario scenario, IReadOnlyList<string>? regions = null) =>
        scenario.Population.FromCsv is { } path
            ? FromCsv(path, scenario.Model, scenario.Run.Seed, regions, PopulationTurnover.Of(scenario), scenario.Population.Weight)
            : Synthetic(scenario.Model, scenario.Run.Seed, scenario.Population.Firms, regions, PopulationTurnover.Of(scenario), scenario.Population.Weight);

    /// <summary>
    /// <paramref name="count"/> synthetic firms with ids 0..count-1, then the entrants of <paramref name="turnover"/>:
    /// traits from <see cref="SyntheticTraits"/>, Chinese names and regions from <see cref="FirmNamer"/>.
    /// </summary>
    public static Population Synthetic(ModelParameters model, ulong seed, int count, IReadOnlyList<string>? regions = null,
        PopulationTurnover? turnover = null, int weight = 1)
    {
        var traits = SyntheticTraits(model, seed, count, turnover, weight);
        var namer = new FirmNamer(seed, regions);
        var identities = new FirmIdentity[traits.Length];
        for (var id = 0; id < traits.Length; id++)
        {
            var (name, region) = namer.Identify(traits[id]);
            identities[id] = new FirmIdentity(name, region, null);
        }
        return new Population(traits, identities) { Regions = RegionIds.Assign(traits, identities, namer.Regions) };
    }

    /// <summary>
    /// The traits of <paramref name="count"/> synthetic first-year firms and of the entrants of <paramref name="turnover"/>
    /// (ids from <paramref name="count"/> on, cohort by cohort, its young technology firms first in each), each with its entry and exit year and standing for
    /// <paramref name="weight"/> enterprises; no names.
    /// </summary>
    public static FirmTraits[] SyntheticTraits(ModelParameters model, ulong seed, int count, PopulationTurnover? turnover = null, int weight = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        turnover ??= PopulationTurnover.None;
        var sampler = new TraitSampler(model.SectorProfiles, model.Correlations);
        var traits = new FirmTraits[turnover.TotalFirms(count)];
        for (var id = 0; id < traits.Length; id++)
        {
            var entry = turnover.EntryYear(id, count);
            var drawn = turnover.IsTechnologyEntrant(id, count)
                ? sampler.DrawTechnologyFirm(seed, id, turnover.Technology.IntensityScale)
                : sampler.Draw(seed, id);
            traits[id] = drawn with { EntryYear = entry, ExitYear = turnover.ExitYear(seed, id, entry), Weight = weight };
        }
        return traits;
    }

    /// <summary>
    /// Firms read from a CSV file (docs/population-csv.md); see <see cref="PopulationCsv.Read"/>.
    /// Throws <see cref="Loading.InputException"/> listing every bad row.
    /// </summary>
    public static Population FromCsv(string path, ModelParameters model, ulong seed, IReadOnlyList<string>? regions = null,
        PopulationTurnover? turnover = null, int weight = 1) =>
        PopulationCsv.Read(path, model, seed, regions, turnover, weight);
}
