using Rdsim.Model.Firms;

namespace Rdsim.Scenarios.Populations;

/// <summary>A population of firms: their traits (what the model uses) and identities (for people).</summary>
/// <param name="Traits">Traits, indexed by firm id (ids are 0..n-1).</param>
/// <param name="Identities">Names and regions, indexed by firm id.</param>
public sealed record Population(IReadOnlyList<FirmTraits> Traits, IReadOnlyList<FirmIdentity> Identities)
{
    /// <summary>
    /// The regions by id (<see cref="FirmTraits.RegionId"/>): the region groups of the results. Empty for a population drawn
    /// without identities (calibration's), whose firms all have region id 0 and whose results have no region rows.
    /// </summary>
    public IReadOnlyList<string> Regions { get; init; } = [];
}

/// <summary>Who a firm is.</summary>
/// <param name="Name">Company name (synthetic: Chinese-style, e.g. 宁波恒达精密机械有限公司).</param>
/// <param name="Region">Region (city or province).</param>
/// <param name="ExternalId">The id the firm had in an imported file, if any.</param>
public sealed record FirmIdentity(string Name, string Region, string? ExternalId);
