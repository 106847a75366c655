using Rdsim.Model.Policy;

namespace Rdsim.Model.Firms;

/// <summary>
/// The young technology firms among each year's entrants (docs/model.md §2, "Firm turnover"): a share of every cohort is
/// drawn as firms founded to do R&amp;D (<see cref="TraitSampler.DrawTechnologyFirm"/>), the rest as any firm.
/// </summary>
/// <param name="Share">The share of the cohort entering in a year that are technology firms, by entry year.</param>
/// <param name="IntensityScale">Their latent R&amp;D intensity as a multiple of their sector's performer median.</param>
public sealed record TechnologyEntry(YearKeyed<double> Share, double IntensityScale)
{
    /// <summary>No technology firms: every entrant drawn as the first year's firms are.</summary>
    public static TechnologyEntry None { get; } = new(new YearKeyed<double>(0), 1);

    /// <summary>
    /// How many of a cohort of <paramref name="cohort"/> entrants in <paramref name="year"/> are technology firms: the share ×
    /// the cohort, rounded half away from zero (as the cohort itself is), so a cohort has exactly that many, without sampling noise.
    /// </summary>
    public int FirmsAmong(int cohort, int year) => (int)Math.Round(cohort * Share.At(year), MidpointRounding.AwayFromZero);

    /// <summary>Equal when the shares by year and the scale are: two loads of one scenario give equal population specs.</summary>
    public bool Equals(TechnologyEntry? other) =>
        other is not null && IntensityScale.Equals(other.IntensityScale) && Share.Entries.SequenceEqual(other.Share.Entries);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)BitConverter.DoubleToInt64Bits(IntensityScale) ^ Share.Entries.Count();
}
