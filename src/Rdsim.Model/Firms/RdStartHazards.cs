namespace Rdsim.Model.Firms;

/// <summary>
/// Where firms start R&amp;D (docs/model.md §4 step 13): a sector's yearly chance of starting, relative to
/// <c>behaviour.rdStartRate</c>, rises with the share of its firms that already do R&amp;D, as
/// <c>hazard_s ∝ p_s^tilt</c>. Firms start where their peers do R&amp;D: in 2008 from 0.3% of accommodation firms to 10% of
/// integrated-circuit firms had R&amp;D (the national preset's drawn shares). The hazards are normalised so that their
/// mean over the firms that do no R&amp;D (each sector weighted by its population share × (1 − p_s)) is 1: the average
/// yearly chance of a non-performer starting stays <c>behaviour.rdStartRate</c>, and only where the starters are moves.
/// </summary>
public static class RdStartHazards
{
    /// <summary>
    /// <paramref name="profiles"/> with <see cref="SectorProfile.RdStartHazard"/> set for <paramref name="tilt"/>; at a tilt
    /// of 0 every hazard is exactly 1 (starts are where non-performers are, the model before tilts).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tilt"/> is negative or not finite.</exception>
    public static SectorProfile[] Tilted(IReadOnlyList<SectorProfile> profiles, double tilt)
    {
        if (!(tilt >= 0) || double.IsInfinity(tilt)) throw new ArgumentOutOfRangeException(nameof(tilt), tilt, "The tilt must be finite and not negative.");
        if (tilt == 0) return [.. profiles.Select(p => p with { RdStartHazard = 1 })];
        double weighted = 0, weights = 0;
        foreach (var p in profiles)
        {
            var nonPerformers = p.Share * (1 - p.RdPerformerShare);
            weighted += nonPerformers * Math.Pow(p.RdPerformerShare, tilt);
            weights += nonPerformers;
        }
        // No firm anywhere that could start (or none with a performer share above 0): nothing to tilt towards.
        var mean = weights > 0 ? weighted / weights : 0;
        return [.. profiles.Select(p => p with { RdStartHazard = mean > 0 ? Math.Pow(p.RdPerformerShare, tilt) / mean : 1 })];
    }
}
