using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Scenarios.Registry;
using Rdsim.Scenarios.Tests.Loading;

namespace Rdsim.Scenarios.Tests.Registry;

public sealed class RegistryTests : IDisposable
{
    private readonly ScenarioDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_entry_has_a_description_unit_and_reference()
    {
        Assert.All(ParameterRegistry.All, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Description), p.Name);
            Assert.False(string.IsNullOrWhiteSpace(p.Unit), p.Name);
            Assert.False(string.IsNullOrWhiteSpace(p.Reference), p.Name);
            Assert.StartsWith(p.Section + ".", p.Name);
        });
    }

    /// <summary>
    /// A Chinese brief's parameter table shows each parameter's meaning in Chinese: every entry has one, written in Chinese
    /// (not the English copied), naming the same symbols and parameter keys as the English where it names them.
    /// </summary>
    [Fact]
    public void Every_entry_has_a_chinese_description()
    {
        Assert.All(ParameterRegistry.All, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.DescriptionZh), $"{p.Name} has no Chinese description");
            Assert.True(p.DescriptionZh.Count(c => c is >= '\u4e00' and <= '\u9fff') >= 4, $"{p.Name}'s Chinese description is not Chinese: {p.DescriptionZh}");
            foreach (var key in System.Text.RegularExpressions.Regex.Matches(p.Description, @"\b[a-z]+\.[a-zA-Z.]+[a-zA-Z]\b").Select(m => m.Value))
            {
                Assert.Contains(key, p.DescriptionZh);
            }
        });
    }

    [Fact]
    public void Every_number_has_a_finite_valid_range_so_no_input_can_overflow_a_sum_unchecked()
    {
        Assert.All(ParameterRegistry.All.Where(p => p.Kind is ParameterKind.Number or ParameterKind.Integer or ParameterKind.SectorNumber), p =>
        {
            Assert.NotNull(p.Valid);
            Assert.True(double.IsFinite(p.Valid!.Min) && double.IsFinite(p.Valid.Max), $"{p.Name}: {p.Valid}");
        });
        Assert.Equal(InputBounds.MaxRevenue, ParameterRegistry.Find("population.sectors.machinery.revenueMax")!.Valid!.Max);
    }

    [Fact]
    public void Names_are_unique_and_never_a_prefix_of_another_name()
    {
        var names = ParameterRegistry.All.Select(p => p.Name).ToArray();
        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.All(names, n => Assert.False(ParameterRegistry.IsGroup(n), n));
    }

    /// <summary>
    /// Behaviour that changes by year: the drivers a national fit needs in a given year (the spread of R&amp;D quickened
    /// from 2016). They live in the year policy although they are not law.
    /// </summary>
    private static readonly string[] YearKeyedDrivers = ["behaviour.rdStartRate", "behaviour.rdStartIntensityScale", "population.techEntrantShare"];

    [Fact]
    public void Only_policy_parameters_and_the_named_drivers_are_year_keyed()
    {
        string[] policy = ["cit", "hnte", "superDeduction", "credit", "loss"];
        Assert.All(ParameterRegistry.All, p => Assert.Equal(policy.Contains(p.Name.Split('.')[0]) || YearKeyedDrivers.Contains(p.Name), p.YearKeyed));
    }

    [Fact]
    public void Numeric_defaults_lie_in_their_valid_and_advisory_ranges()
    {
        foreach (var p in ParameterRegistry.All)
        {
            var value = p.Default switch { double d => d, long l => (double)l, _ => double.NaN };
            if (double.IsNaN(value)) continue;
            Assert.True(p.Valid is null || p.Valid.Contains(value), $"{p.Name} default outside {p.Valid}");
            Assert.True(p.Advisory is null || p.Advisory.Contains(value), $"{p.Name} default outside {p.Advisory}");
            Assert.NotNull(p.Valid);
        }
    }

    [Fact]
    public void Registry_defaults_equal_the_model_record_defaults()
    {
        var s = _dir.Load("name: defaults\n");
        Assert.Equal(new BehaviourParameters(), s.Model.Behaviour);
        Assert.Equal(new TraitCorrelations(), s.Model.Correlations);
        Assert.Equal(SectorDefaults.All, s.Model.SectorProfiles);

        var expected = new YearPolicy();
        var actual = s.Policy.At(s.Run.FirstYear);
        Assert.Equal(expected.SectorExtraRate, actual.SectorExtraRate);
        // The one documented difference: the registry's negative list is Caishui [2015] 119; the record's is empty.
        string[] negative = ["tobacco", "accommodationCatering", "wholesaleRetail", "realEstate", "leasingBusinessServices", "entertainment"];
        Assert.Equal(Sectors.All.Select(x => negative.Contains(x.Key)), actual.ExcludedSectors);
        Assert.Equal(expected with { ExcludedSectors = actual.ExcludedSectors }, actual, new PolicyComparer());
    }

    [Fact]
    public void The_start_tilt_sets_each_sectors_start_hazard_from_the_resolved_performer_shares()
    {
        var s = _dir.Load("name: tilted\nbehaviour: {rdStartSectorTilt: 1}\npopulation: {sectors: {software: {rdPerformerShare: 0.5}}}\n");
        var untilted = _dir.Load("name: flat\npopulation: {sectors: {software: {rdPerformerShare: 0.5}}}\n").Model.SectorProfiles;
        Assert.All(untilted, p => Assert.Equal(1.0, p.RdStartHazard));
        Assert.Equal(RdStartHazards.Tilted(untilted, 1), s.Model.SectorProfiles);
        var software = Sectors.All.Single(x => x.Key == "software").Id;
        Assert.True(s.Model.SectorProfiles[software].RdStartHazard > 1, "the sector with half its firms doing R&D starts above the rate");
    }

    [Fact]
    public void Every_trait_and_correlation_has_a_parameter()
    {
        // The start hazard is derived from behaviour.rdStartSectorTilt and the performer shares, not set by sector.
        var traits = typeof(SectorProfile).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != nameof(SectorProfile.RdStartHazard))
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
        foreach (var sector in Sectors.All)
        {
            Assert.All(traits, t => Assert.NotNull(ParameterRegistry.Find($"population.sectors.{sector.Key}.{t}")));
        }
        var correlations = typeof(TraitCorrelations).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => "population.copula." + char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
        Assert.All(correlations, n => Assert.NotNull(ParameterRegistry.Find(n)));
    }

    /// <summary>
    /// Parameters declared once (issue 15): a policy or behaviour parameter is a property of <see cref="YearPolicy"/> or
    /// <see cref="BehaviourParameters"/> and one registry entry, and nothing else names it (the wire converts the records by
    /// their properties, docs/parameters.md is generated from the registry, docs/model.md's tables are checked against it).
    /// Each entry, set to another value, changes exactly one property, and each property is changed by exactly one entry —
    /// but for two families: the HNTE intensity rule (a preset and its three parts) and the per-sector extra rates (one per
    /// sector, and the manufacturing group).
    /// </summary>
    [Fact]
    public void Every_policy_and_behaviour_property_is_set_by_exactly_one_entry()
    {
        var baseline = _dir.Load("name: base\n");
        var setBy = ModelProperties(baseline).Keys.ToDictionary(p => p, _ => new List<string>(), StringComparer.Ordinal);
        // Population settings are read by name into the population's spec, not these records (TechnologyEntrantParameterTests).
        foreach (var p in ParameterRegistry.All.Where(p => (p.YearKeyed && p.Section != "population") || p.Section is "behaviour" or "market"))
        {
            var changed = _dir.Load("name: base\n", $"{p.Name}={Other(p)}");
            var properties = ModelProperties(changed).Where(c => ModelProperties(baseline)[c.Key] != c.Value).Select(c => c.Key).ToList();
            Assert.True(properties.Count == 1, $"{p.Name} sets {(properties.Count == 0 ? "no property" : string.Join(", ", properties))}");
            setBy[properties[0]].Add(p.Name);
        }

        string[] bands = ["hnte.intensityBands", "hnte.bandEdges", "hnte.bandThresholds", "hnte.edgeInLowerBand"];
        Assert.Equal(bands, setBy["YearPolicy.IntensityBands"]);
        Assert.Equal(["superDeduction.sectorExtraRate.manufacturing", .. Sectors.All.Select(s => $"superDeduction.sectorExtraRate.{s.Key}")],
            setBy["YearPolicy.SectorExtraRate"]);
        var unique = setBy.Where(s => s.Key is not ("YearPolicy.IntensityBands" or "YearPolicy.SectorExtraRate") && s.Value.Count != 1);
        Assert.True(!unique.Any(), string.Join("\n", unique.Select(s => $"{s.Key} is set by {(s.Value.Count == 0 ? "no entry" : string.Join(", ", s.Value))}")));
    }

    /// <summary>Every settable property of the scenario's year policy (its last year) and behaviour record, as JSON by name.</summary>
    private static Dictionary<string, string> ModelProperties(Scenario s) =>
        new[] { (Object: (object)s.Policy.At(s.Run.LastYear), Type: typeof(YearPolicy)), (s.Model.Behaviour, typeof(BehaviourParameters)) }
            .SelectMany(r => r.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null)
                .Select(p => (Name: $"{r.Type.Name}.{p.Name}", Json: JsonSerializer.Serialize(p.GetValue(r.Object), Json))))
            .ToDictionary(p => p.Name, p => p.Json, StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>A valid value of <paramref name="p"/> other than its default, as <c>--set</c> takes it.</summary>
    private static string Other(ParameterDefinition p) => (p.Kind, p.Default) switch
    {
        (ParameterKind.Bool, bool b) => (!b).ToString().ToLowerInvariant(),
        (ParameterKind.Integer, long l) => ValueText.Format(p.Valid!.Contains(l + 1) ? l + 1 : l - 1),
        (ParameterKind.Number, double d) => ValueText.Format(p.Valid!.Contains(d * 0.9 + 0.001) ? d * 0.9 + 0.001 : d * 0.9),
        (ParameterKind.SectorNumber, _) => "1",
        (ParameterKind.SectorList, _) => "[software]",
        (ParameterKind.RuleSet, _) => "rules2016",
        // The default rule, rules2008, has two edges and three thresholds: each part is replaced by one of its own size.
        (ParameterKind.NumberList, _) when p.Name == "hnte.bandEdges" => "[60, 200]",
        (ParameterKind.NumberList, _) => "[0.05, 0.04, 0.03]",
        (ParameterKind.FlagList, _) => "true",
        _ => throw new InvalidOperationException($"{p.Name}: no other value for a {p.Kind}"),
    };

    [Fact]
    public void Every_parameter_changes_the_scenario_it_is_set_in()
    {
        var baseline = _dir.Load("name: base\n");
        foreach (var p in ParameterRegistry.All.Where(p => p.Kind is ParameterKind.Number or ParameterKind.Integer or ParameterKind.Bool))
        {
            var other = Other(p);
            var changed = _dir.Load("name: base\n", $"{p.Name}={other}");
            Assert.True(Differs(baseline, changed), $"setting {p.Name}={other} changed nothing");
            Assert.NotEqual(baseline.ContentHash, changed.ContentHash);
        }
    }

    private static bool Differs(Scenario a, Scenario b) =>
        a.Run != b.Run || a.Population != b.Population || a.Model.Behaviour != b.Model.Behaviour
        || a.Model.Correlations != b.Model.Correlations || !a.Model.SectorProfiles.SequenceEqual(b.Model.SectorProfiles)
        || !new PolicyComparer().Equals(a.Policy.At(a.Run.LastYear), b.Policy.At(a.Run.LastYear));

    [Fact]
    public void Suggestions_find_near_misses_only()
    {
        Assert.Equal("hnte.rate", ParameterRegistry.Suggest("hnte.rat"));
        Assert.Equal("behaviour.userCostElasticity", ParameterRegistry.Suggest("behaviour.usercostelasticity"));
        Assert.Null(ParameterRegistry.Suggest("completely.different.thing"));
    }

    [Fact]
    public void Sector_defaults_are_sensible()
    {
        double Intensity(string key) => SectorDefaults.All[Sectors.Find(key)!.Id].IntensityMedian;
        Assert.InRange(Intensity("integratedCircuits"), 0.06, 0.1);
        Assert.InRange(Intensity("software"), 0.06, 0.1);
        Assert.InRange(Intensity("researchServices"), 0.08, 0.12);
        Assert.InRange(Intensity("electronics"), 0.02, 0.04);
        Assert.InRange(Intensity("machinery"), 0.02, 0.04);
        Assert.InRange(Intensity("textiles"), 0.005, 0.01);
        Assert.InRange(Intensity("wholesaleRetail"), 0.001, 0.003);
        Assert.InRange(Intensity("realEstate"), 0.001, 0.003);

        var manufacturing = Sectors.All.Where(s => s.IsManufacturing).Sum(s => SectorDefaults.All[s.Id].Share);
        Assert.All(Sectors.All.Where(s => !s.IsManufacturing), s => Assert.True(SectorDefaults.All[s.Id].Share < manufacturing));
        Assert.Equal(1.0, SectorDefaults.All.Sum(p => p.Share), 9);
        Assert.True(SectorDefaults.All[Sectors.Find("software")!.Id].RdPerformerShare > SectorDefaults.All[Sectors.Find("wholesaleRetail")!.Id].RdPerformerShare);
    }

    /// <summary>Compares YearPolicy records including the contents of their list properties.</summary>
    private sealed class PolicyComparer : IEqualityComparer<YearPolicy>
    {
        private static readonly double[] NoRates = [];
        private static readonly bool[] NoFlags = [];

        public bool Equals(YearPolicy? x, YearPolicy? y) =>
            x is not null && y is not null
            && x.SectorExtraRate.SequenceEqual(y.SectorExtraRate)
            && x.ExcludedSectors.SequenceEqual(y.ExcludedSectors)
            && x with { SectorExtraRate = NoRates, ExcludedSectors = NoFlags } == y with { SectorExtraRate = NoRates, ExcludedSectors = NoFlags };

        public int GetHashCode(YearPolicy obj) => 0;
    }
}
