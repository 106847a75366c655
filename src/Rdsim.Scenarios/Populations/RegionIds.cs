using Rdsim.Model.Firms;

namespace Rdsim.Scenarios.Populations;

/// <summary>
/// Numbers a population's regions for the region groups (<see cref="FirmTraits.RegionId"/>): the namer's regions first, in
/// its list's order (whether any firm has them or not, so that a firm's id does not depend on the others, as its other traits
/// do not), then regions a file gives that the list lacks, in order of first appearance.
/// </summary>
internal static class RegionIds
{
    /// <summary>
    /// Sets each firm's <see cref="FirmTraits.RegionId"/> from <paramref name="identities"/> (indexed like <paramref name="traits"/>)
    /// and returns the regions by id; <paramref name="listed"/> is the namer's list.
    /// </summary>
    public static IReadOnlyList<string> Assign(FirmTraits[] traits, IReadOnlyList<FirmIdentity> identities, IReadOnlyList<string> listed)
    {
        var regions = listed.Concat(identities.Select(i => i.Region)).Distinct(StringComparer.Ordinal).ToList();
        var ids = regions.Select((r, id) => (r, id)).ToDictionary(x => x.r, x => x.id, StringComparer.Ordinal);
        for (var id = 0; id < traits.Length; id++) traits[id] = traits[id] with { RegionId = ids[identities[id].Region] };
        return regions;
    }
}
