using Bogus;
using Rdsim.Model.Firms;
using Rdsim.Model.Randomness;

namespace Rdsim.Scenarios.Populations;

/// <summary>
/// Makes Chinese company names, region + two-character trade name + industry word + legal form, e.g.
/// 宁波恒达精密机械有限公司. Each firm's draws come from its own stream, keyed by the seed and its id
/// (<see cref="RandomPurpose.Identity"/>), so a name never depends on how many firms there are.
/// Names are unique among those made or reserved by one namer: a colliding name gets a third trade
/// character, then a number. Name firms in id order for reproducible results.
/// </summary>
public sealed class FirmNamer
{
    private const int ExtraCharacterTries = 8;
    private readonly ulong _seed;
    private readonly IReadOnlyList<string> _regions;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>A namer for one population.</summary>
    /// <param name="seed">The population's seed.</param>
    /// <param name="regions">Regions to draw from (uniformly); <see cref="ChineseNameParts.NationalRegions"/> when null.</param>
    public FirmNamer(ulong seed, IReadOnlyList<string>? regions = null)
    {
        regions ??= ChineseNameParts.NationalRegions;
        if (regions.Count == 0 || regions.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("Regions must be a non-empty list of non-blank names.", nameof(regions));
        _seed = seed;
        _regions = regions;
    }

    /// <summary>The regions it draws from.</summary>
    public IReadOnlyList<string> Regions => _regions;

    /// <summary>Marks a name as taken (a name given in an imported file), so no generated name repeats it.</summary>
    public void Reserve(string name) => _used.Add(name);

    /// <summary>The region drawn for firm <paramref name="firmId"/> (the one <see cref="Identify"/> uses unless a region is given).</summary>
    public string Region(int firmId) => Pick(FirmRandomizer(firmId), _regions);

    /// <summary>
    /// The name and region of a firm. A given region replaces the drawn one (the draw is still made, so
    /// the name's other parts stay as they would be); the name uses whichever region the firm has.
    /// </summary>
    public (string Name, string Region) Identify(FirmTraits traits, string? givenRegion = null)
    {
        var random = FirmRandomizer(traits.Id);
        var drawnRegion = Pick(random, _regions);
        var region = givenRegion ?? drawnRegion;

        var characters = ChineseNameParts.TradeCharacters;
        var first = random.Number(0, characters.Count - 1);
        var second = random.Number(0, characters.Count - 2);
        if (second >= first) second++;
        var trade = characters[first] + characters[second];

        var industry = Pick(random, ChineseNameParts.IndustryWords[Sectors.All[traits.SectorId].Key]);
        var form = ChineseNameParts.LegalForm(traits.Revenue0);

        var name = region + trade + industry + form;
        for (var i = 0; i < ExtraCharacterTries && _used.Contains(name); i++)
        {
            name = region + trade + Pick(random, characters) + industry + form;
        }
        for (var k = 2; _used.Contains(name); k++)
        {
            name = $"{region}{trade}{industry}（{k}）{form}";
        }
        _used.Add(name);
        return (name, region);
    }

    private static string Pick(Randomizer random, IReadOnlyList<string> items) => items[random.Number(0, items.Count - 1)];

    private Randomizer FirmRandomizer(int firmId)
    {
        var stream = new KeyedRandom(_seed, firmId, 0, RandomPurpose.Identity);
        return new Randomizer(unchecked((int)(stream.NextUInt64() >> 32)));
    }
}
