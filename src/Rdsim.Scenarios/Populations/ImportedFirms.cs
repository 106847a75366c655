using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;

namespace Rdsim.Scenarios.Populations;

/// <summary>
/// Completes imported rows into a population: firm ids are row positions (0..n-1), and every value a
/// row leaves out is drawn as for a synthetic firm with the same id and sector.
/// </summary>
internal static class ImportedFirms
{
    /// <summary>
    /// The population the rows describe, missing values drawn from <paramref name="model"/> and <paramref name="seed"/>,
    /// missing exit years from <paramref name="turnover"/>, missing weights <paramref name="weight"/>; a row without an entry
    /// year is present from the start.
    /// </summary>
    public static Population Complete(IReadOnlyList<CsvFirmRow> rows, ModelParameters model, ulong seed, IReadOnlyList<string>? regions,
        PopulationTurnover turnover, int weight)
    {
        var samplers = new TraitSamplers(model);
        var namer = new FirmNamer(seed, regions);
        foreach (var row in rows)
        {
            if (row.Name is not null) namer.Reserve(row.Name);
        }

        var traits = new FirmTraits[rows.Count];
        var identities = new FirmIdentity[rows.Count];
        for (var id = 0; id < rows.Count; id++)
        {
            var row = rows[id];
            var sampler = samplers.For(row.LatentIntensity);
            var completed = Traits(row, sampler.Draw(seed, id, row.SectorId), seed, turnover);
            traits[id] = completed with
            {
                Weight = row.Weight ?? weight,
                InHighTechIndustry = row.HighTechIndustry ?? sampler.InHighTechIndustry(completed.SectorId, completed.HighTechShare),
            };
            var (name, region) = row.Name is { } given
                ? (given, row.Region ?? namer.Region(id))
                : namer.Identify(traits[id], row.Region);
            identities[id] = new FirmIdentity(name, region, row.ExternalId);
        }
        return new Population(traits, identities) { Regions = RegionIds.Assign(traits, identities, namer.Regions) };
    }

    private static FirmTraits Traits(CsvFirmRow row, FirmTraits drawn, ulong seed, PopulationTurnover turnover)
    {
        var entry = row.EntryYear ?? FirmTraits.FromStart;
        return drawn with
        {
            EntryYear = entry,
            ExitYear = row.ExitYear ?? turnover.ExitYear(seed, drawn.Id, entry),
            Revenue0 = row.Revenue,
            Margin = row.Margin ?? drawn.Margin,
            LatentIntensity = row.LatentIntensity ?? drawn.LatentIntensity,
            HighTechShare = row.HighTechShare ?? drawn.HighTechShare,
            RdStaffShare = row.RdStaffShare ?? drawn.RdStaffShare,
            HasCoreIp = row.CoreIp ?? drawn.HasCoreIp,
        };
    }
}
