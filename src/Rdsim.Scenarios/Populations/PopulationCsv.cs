using System.Globalization;
using CsvHelper;
using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;
using Rdsim.Scenarios.IO;

namespace Rdsim.Scenarios.Populations;

/// <summary>
/// Population CSV files (docs/population-csv.md): one row per firm, the columns of
/// <see cref="PopulationCsvColumns"/>. A written file reads back to the identical population.
/// </summary>
public static class PopulationCsv
{
    /// <summary>
    /// Reads a population file; values a row leaves out are drawn as for a synthetic firm with the same
    /// id (the row's position, from 0). Throws <see cref="Loading.InputException"/> listing every bad row.
    /// </summary>
    /// <param name="path">The CSV file (UTF-8, with or without a byte-order mark).</param>
    /// <param name="model">Trait distributions for missing values.</param>
    /// <param name="seed">The seed missing values are drawn with.</param>
    /// <param name="regions">Regions for missing regions and names; <see cref="ChineseNameParts.NationalRegions"/> when null.</param>
    /// <param name="turnover">Draws missing exit years (its entry rate is not used: a file lists its entrants).</param>
    /// <param name="weight">The weight of a row that gives none (<c>population.weight</c>).</param>
    public static Population Read(string path, ModelParameters model, ulong seed, IReadOnlyList<string>? regions = null,
        PopulationTurnover? turnover = null, int weight = 1) =>
        ImportedFirms.Complete(PopulationCsvReader.Read(path), model, seed, regions, turnover ?? PopulationTurnover.None, weight);

    /// <summary>
    /// Writes <paramref name="population"/> to <paramref name="path"/> (UTF-8, no byte-order mark, LF line ends,
    /// invariant culture, round-trip number precision). The file appears only when complete: it is written
    /// to a temporary file in the same directory, flushed, then renamed over <paramref name="path"/>.
    /// </summary>
    public static void Write(Population population, string path) =>
        AtomicFile.Write(path, stream =>
        {
            using var csv = CsvWriter.Create(stream, CsvFormat.Writer, leaveOpen: true);
            WriteRows(population, csv);
        });

    private static void WriteRows(Population population, CsvWriter csv)
    {
        foreach (var column in PopulationCsvColumns.All) csv.WriteField(column);
        csv.EndRecord();
        // A drawn population has no ids of its own: each firm's id is its index, the one its random draws and the firm panel
        // (firm_id) use, and its row's position when the file is read back. In a population read from a file that gave ids, a
        // firm it gave none keeps none: its index could be another firm's id.
        var drawn = population.Identities.All(who => who.ExternalId is null);
        for (var i = 0; i < population.Traits.Count; i++)
        {
            var t = population.Traits[i];
            var who = population.Identities[i];
            csv.WriteField(who.ExternalId ?? (drawn ? i.ToString(CultureInfo.InvariantCulture) : ""));
            csv.WriteField(who.Name);
            csv.WriteField(who.Region);
            csv.WriteField(Sectors.All[t.SectorId].Key);
            csv.WriteField(Number(t.Revenue0));
            csv.WriteField(Number(t.Margin));
            csv.WriteField(Number(t.LatentIntensity));
            csv.WriteField(Number(t.HighTechShare));
            csv.WriteField(Number(t.RdStaffShare));
            csv.WriteField(t.HasCoreIp ? "true" : "false");
            csv.WriteField(t.InHighTechIndustry ? "true" : "false");
            csv.WriteField(t.EntryYear == FirmTraits.FromStart ? "" : Year(t.EntryYear));
            csv.WriteField(t.ExitYear == FirmTraits.NeverExits ? "" : Year(t.ExitYear));
            csv.WriteField(Year(t.Weight));
            csv.EndRecord();
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Year(int whole) => whole.ToString(CultureInfo.InvariantCulture);
}
