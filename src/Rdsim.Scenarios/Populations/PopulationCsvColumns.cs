namespace Rdsim.Scenarios.Populations;

/// <summary>The columns of a population CSV file, in the order they are written (docs/population-csv.md).</summary>
public static class PopulationCsvColumns
{
    /// <summary>External id (optional, kept as text; unique when given).</summary>
    public const string Id = "id";
    /// <summary>Company name (optional; generated when empty).</summary>
    public const string Name = "name";
    /// <summary>Region, a city or province (optional; drawn when empty).</summary>
    public const string Region = "region";
    /// <summary>Sector key from <see cref="Rdsim.Model.Firms.Sectors.All"/> (required).</summary>
    public const string Sector = "sector";
    /// <summary>First-year revenue in mn CNY (required, &gt; 0).</summary>
    public const string Revenue = "revenue";
    /// <summary>Operating margin before R&amp;D (optional, at most 1, may be negative).</summary>
    public const string Margin = "margin";
    /// <summary>Latent R&amp;D intensity φ (optional, ≥ 0; 0 = performs no R&amp;D).</summary>
    public const string LatentIntensity = "latent_intensity";
    /// <summary>High-tech revenue share (optional, 0..1).</summary>
    public const string HighTechShare = "high_tech_share";
    /// <summary>R&amp;D staff share (optional, 0..1).</summary>
    public const string RdStaffShare = "rd_staff_share";
    /// <summary>Owns core IP (optional; true/false/1/0).</summary>
    public const string CoreIp = "core_ip";
    /// <summary>
    /// In an industry the statistics classify as high-tech (optional; true/false/1/0; when empty, decided from the
    /// high-tech share as for drawn firms: <c>population.sectors.*.highTechIndustryShare</c>).
    /// </summary>
    public const string HighTechIndustry = "high_tech_industry";
    /// <summary>First year in the population (optional; empty = present from the start).</summary>
    public const string EntryYear = "entry_year";
    /// <summary>First year no longer in the population (optional; drawn from <c>population.exitRate</c> when empty).</summary>
    public const string ExitYear = "exit_year";
    /// <summary>How many enterprises the row stands for (optional, a whole number ≥ 1; <c>population.weight</c> when empty).</summary>
    public const string Weight = "weight";

    /// <summary>Every column, in file order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Id, Name, Region, Sector, Revenue, Margin, LatentIntensity, HighTechShare, RdStaffShare, CoreIp, HighTechIndustry, EntryYear, ExitYear, Weight];

    /// <summary>The columns a file must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [Sector, Revenue];
}
