namespace Rdsim.Model.Firms;

/// <summary>
/// What a firm is, drawn once (docs/model.md §2) or read from a file: fixed for the whole run.
/// </summary>
/// <param name="Id">Firm id, 0-based and dense within a population; keys the firm's random draws.</param>
/// <param name="SectorId">Index into <see cref="Sectors.All"/>.</param>
/// <param name="Revenue0">Revenue in the year before the first simulated year (mn CNY); step 1 grows it into the first.</param>
/// <param name="Margin">Operating margin before R&amp;D (may be negative).</param>
/// <param name="LatentIntensity">φ: R&amp;D intensity chosen under a neutral tax; 0 for non-performers.</param>
/// <param name="HighTechShare">High-tech products' share of revenue.</param>
/// <param name="RdStaffShare">R&amp;D staff share of employees.</param>
/// <param name="HasCoreIp">Whether the firm owns core intellectual property.</param>
/// <param name="EntryYear">
/// First year the firm is in the population (an entrant's <paramref name="Revenue0"/> is its revenue that year);
/// <see cref="FromStart"/> for firms present from the first simulated year.
/// </param>
/// <param name="ExitYear">First year the firm is no longer in the population; <see cref="NeverExits"/> when it stays.</param>
/// <param name="Weight">
/// How many enterprises of the universe the firm stands for (at least 1): every count, sum and histogram counts it this
/// many times, exactly (an integer, so totals stay exact sums and bit-identical on every engine).
/// </param>
/// <param name="RegionId">
/// Index into the population's regions: the region group its firm-years are added to (groups.csv). It plays no part in the
/// firm's decisions, so the results by year do not depend on it.
/// </param>
/// <param name="InHighTechIndustry">
/// Whether the statistics classify the firm's industry as high-tech (<see cref="SectorProfile.HighTechIndustryShare"/>):
/// its whole revenue is then high-tech industry output.
/// </param>
public readonly record struct FirmTraits(
    int Id,
    int SectorId,
    double Revenue0,
    double Margin,
    double LatentIntensity,
    double HighTechShare,
    double RdStaffShare,
    bool HasCoreIp,
    int EntryYear = FirmTraits.FromStart,
    int ExitYear = FirmTraits.NeverExits,
    int Weight = 1,
    int RegionId = 0,
    bool InHighTechIndustry = false)
{
    /// <summary><see cref="EntryYear"/> of a firm present from the first simulated year.</summary>
    public const int FromStart = int.MinValue;

    /// <summary><see cref="ExitYear"/> of a firm that never leaves.</summary>
    public const int NeverExits = int.MaxValue;

    /// <summary>Whether the firm is in the population in <paramref name="year"/>: entered and not yet exited.</summary>
    public bool ActiveIn(int year) => year >= EntryYear && year < ExitYear;

    /// <summary>Whether the firm performs R&amp;D at all.</summary>
    public bool PerformsRd => LatentIntensity > 0;
}
