using Rdsim.Model.Policy;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Registry;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Scenarios.Tests.Loading;

/// <summary>
/// The HNTE intensity test as parameters: a preset (<c>hnte.intensityBands</c>) whose edges, thresholds and edge
/// rule are replaced where <c>hnte.bandEdges</c>, <c>hnte.bandThresholds</c> and <c>hnte.edgeInLowerBand</c> are set.
/// </summary>
public sealed class IntensityBandParameterTests : IDisposable
{
    private const string History = "hnte:\n  intensityBands: {2008: rules2008, 2016: rules2016}\n";

    private readonly ScenarioDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Bands compare by their three lists (the record, like YearPolicy, holds lists that compare by reference).</summary>
    private static void AssertBands(IntensityBands expected, IntensityBands actual)
    {
        Assert.Equal(expected.Edges, actual.Edges);
        Assert.Equal(expected.Thresholds, actual.Thresholds);
        Assert.Equal(expected.EdgeInLowerBand, actual.EdgeInLowerBand);
    }

    private IntensityBands Bands(string yaml, int year, params string[] overrides) =>
        _dir.Load(yaml, overrides).Policy.At(year).IntensityBands;

    [Fact]
    public void Without_explicit_parts_each_year_has_its_preset()
    {
        var s = _dir.Load(History);
        Assert.Same(IntensityBands.Rules2008, s.Policy.At(2015).IntensityBands);
        Assert.Same(IntensityBands.Rules2016, s.Policy.At(2016).IntensityBands);
        Assert.Same(IntensityBands.RulesPre2008, Bands("hnte: {intensityBands: rulesPre2008}\n", 2010));
    }

    [Fact]
    public void Explicit_thresholds_replace_the_preset_s_in_every_year_and_keep_its_edges_and_edge_rule()
    {
        var yaml = History + "  bandThresholds: [0.02, 0.04, 0.03]\n";
        var in2010 = Bands(yaml, 2010);
        var in2020 = Bands(yaml, 2020);
        AssertBands(IntensityBands.Rules2008 with { Thresholds = [0.02, 0.04, 0.03] }, in2010);
        AssertBands(IntensityBands.Rules2016 with { Thresholds = [0.02, 0.04, 0.03] }, in2020);
        Assert.Equal((0.02, 0.04), (in2010.ThresholdFor(49), in2010.ThresholdFor(50)));   // 2008: 50 is in the band above
        Assert.Equal((0.02, 0.04), (in2020.ThresholdFor(50), in2020.ThresholdFor(51)));   // 2016: 50 is in the band below
    }

    [Fact]
    public void An_explicit_part_holds_from_its_first_year_and_null_returns_to_the_preset()
    {
        var loaded = _dir.Load("simulation: {lastYear: 2024}\n" + History + "  bandThresholds: {2018: [0.02, 0.04, 0.03], 2021: null}\n");
        var policy = loaded.Policy;
        Assert.Same(IntensityBands.Rules2016, policy.At(2017).IntensityBands);
        Assert.Equal([0.02, 0.04, 0.03], policy.At(2018).IntensityBands.Thresholds);
        Assert.Equal([0.02, 0.04, 0.03], policy.At(2020).IntensityBands.Thresholds);
        Assert.Same(IntensityBands.Rules2016, policy.At(2021).IntensityBands);
        Assert.Empty(loaded.Warnings);   // an override that starts late is not a late first year
        Assert.Equal("{2018: [0.02, 0.04, 0.03], 2021: null}", loaded.Resolved.Single(r => r.Name == "hnte.bandThresholds").Value);
    }

    [Fact]
    public void Four_bands_with_one_edge_rule_for_every_edge()
    {
        var bands = Bands(History + "  bandEdges: [20, 50, 200]\n  bandThresholds: [0.08, 0.06, 0.04, 0.03]\n  edgeInLowerBand: true\n", 2012);
        AssertBands(new IntensityBands([20, 50, 200], [0.08, 0.06, 0.04, 0.03], [true, true, true]), bands);
        Assert.Equal([0.08, 0.08, 0.06, 0.06, 0.04, 0.04, 0.03], new[] { 19.9, 20, 20.1, 50, 50.1, 200, 200.1 }.Select(bands.ThresholdFor));
    }

    [Fact]
    public void An_edge_rule_per_edge_and_a_single_band()
    {
        var mixed = Bands("hnte:\n  bandEdges: [20, 50, 200]\n  bandThresholds: [0.08, 0.06, 0.04, 0.03]\n  edgeInLowerBand: [false, true, false]\n", 2012);
        Assert.Equal([0.06, 0.06, 0.03], new double[] { 20, 50, 200 }.Select(mixed.ThresholdFor));
        var single = Bands("hnte:\n  bandEdges: []\n  bandThresholds: [0.025]\n  edgeInLowerBand: []\n", 2012);
        AssertBands(new IntensityBands([], [0.025], []), single);
        AssertBands(IntensityBands.RulesPre2008 with { Thresholds = [0.025] }, Bands("hnte: {intensityBands: rulesPre2008, bandThresholds: [0.025]}\n", 2012));
    }

    [Fact]
    public void Explicit_edges_follow_the_preset_s_thresholds_and_edge_rule_as_the_preset_changes()
    {
        var yaml = History + "  bandEdges: [30, 300]\n";
        AssertBands(IntensityBands.Rules2008 with { Edges = [30, 300] }, Bands(yaml, 2015));
        AssertBands(IntensityBands.Rules2016 with { Edges = [30, 300] }, Bands(yaml, 2016));
    }

    [Fact]
    public void Set_takes_a_list_and_a_year_mapping_of_lists()
    {
        var s = _dir.Load(History, "hnte.bandThresholds=[0.02,0.04,0.03]", "hnte.bandEdges={2016: [40, 250]}");
        AssertBands(IntensityBands.Rules2008 with { Thresholds = [0.02, 0.04, 0.03] }, s.Policy.At(2015).IntensityBands);
        AssertBands(new IntensityBands([40, 250], [0.02, 0.04, 0.03], [true, true]), s.Policy.At(2016).IntensityBands);
        var origin = s.Resolved.Single(r => r.Name == "hnte.bandThresholds");
        Assert.Equal(("[0.02, 0.04, 0.03]", "--set"), (origin.Value, origin.Origin));
    }

    [Fact]
    public void The_resolved_values_a_manifest_records_read_back_as_the_same_bands_and_hash()
    {
        var s = _dir.Load(History + "  bandEdges: {2016: [20, 50, 200]}\n  bandThresholds: {2016: [0.08, 0.06, 0.04, 0.03]}\n  edgeInLowerBand: {2016: [false, true, true]}\n");
        var rebuilt = ScenarioLoader.LoadWith(_dir.Write("empty.yaml", "name: empty\n"),
            [.. s.Resolved.Where(r => r.Name != "population.from").Select(r => ScenarioChange.Parse(r.Name, r.Value, "manifest"))]);
        Assert.Equal(s.ContentHash, rebuilt.ContentHash);
        foreach (var year in new[] { 2008, 2015, 2016, 2024 })
        {
            AssertBands(s.Policy.At(year).IntensityBands, rebuilt.Policy.At(year).IntensityBands);
        }
    }

    [Fact]
    public void The_hash_sees_the_values_not_how_they_are_written()
    {
        string Hash(string yaml, params string[] overrides) => _dir.Load(yaml, overrides).ContentHash;
        var plain = Hash("name: a\n");
        Assert.Equal(plain, Hash("hnte: {bandThresholds: null, bandEdges: {2010: null}}\n"));
        var small2 = Hash("hnte: {bandThresholds: [0.02, 0.04, 0.03]}\n");
        Assert.NotEqual(plain, small2);
        Assert.Equal(small2, Hash("name: b\n", "hnte.bandThresholds=[0.020, 4e-2, 0.03]"));
        Assert.NotEqual(small2, Hash("hnte: {bandThresholds: {2009: [0.02, 0.04, 0.03]}}\n"));
    }

    [Theory]
    [InlineData("bandEdges: [200, 50]", "50]", "must rise from each item to the next: 50 comes after 200")]
    [InlineData("bandEdges: [50, 50]", "50]", "must rise")]
    [InlineData("bandEdges: [0, 200]", "0, 200", "outside the valid range (0, ∞)")]
    [InlineData("bandEdges: [-50, 200]", "-50", "outside the valid range (0, ∞)")]
    [InlineData("bandEdges: [.inf]", ".inf", "not a finite number")]
    [InlineData("bandEdges: [50, abc]", "abc", "expected a number")]
    [InlineData("bandEdges: [50, \"200\"]", "\"200\"", "without quotes")]
    [InlineData("bandEdges: [50, null]", "null", "must be a number")]
    [InlineData("bandEdges: 50", "50", "expected a list of numbers")]
    [InlineData("bandThresholds: [0, 0.04, 0.03]", "0, 0.04", "outside the valid range (0, 1)")]
    [InlineData("bandThresholds: [1, 0.04, 0.03]", "1, 0.04", "outside the valid range (0, 1)")]
    [InlineData("bandThresholds: [0.06, 0.04, -0.03]", "-0.03", "outside the valid range (0, 1)")]
    [InlineData("edgeInLowerBand: [false, yes]", "yes", "expected true or false")]
    [InlineData("edgeInLowerBand: 1", "1", "expected true or false")]
    public void A_bad_list_is_refused_at_its_item(string line, string item, string message)
    {
        var d = Assert.Single(_dir.Errors($"hnte:\n  {line}\n"));
        Assert.Equal((2, 3 + line.IndexOf(item, StringComparison.Ordinal), "hnte." + line[..line.IndexOf(':', StringComparison.Ordinal)]), (d.Line, d.Column, d.Path));
        Assert.Contains(message, d.Message);
    }

    [Theory]
    [InlineData("bandThresholds: {2012: [0.1, 0.06, 0.04, 0.03]}", "in 2012 the HNTE intensity rule has 2 band edges (the preset rules2008's, as hnte.bandEdges is unset), so 3 bands, but 4 thresholds (hnte.bandThresholds [0.1, 0.06, 0.04, 0.03])")]
    [InlineData("edgeInLowerBand: [true]", "in 2008 the HNTE intensity rule has 2 band edges (the preset rules2008's, as hnte.bandEdges is unset), so 3 bands, but 1 edge rule (hnte.edgeInLowerBand [true])")]
    public void A_part_that_does_not_fit_the_preset_s_edges_is_refused_at_its_line_naming_the_year(string line, string message)
    {
        var d = Assert.Single(_dir.Errors($"{History}  {line}\n"));
        Assert.Equal((3, 3, "hnte." + line[..line.IndexOf(':', StringComparison.Ordinal)]), (d.Line, d.Column, d.Path));
        Assert.StartsWith(message, d.Message);
    }

    [Fact]
    public void Edges_whose_count_the_preset_s_thresholds_and_edge_rule_do_not_fit_are_blamed_on_the_edges()
    {
        var errors = _dir.Errors(History + "  bandEdges: {2016: [20, 50, 200]}\n");
        Assert.Equal(2, errors.Count);
        Assert.All(errors, d => Assert.Equal((3, 3, "hnte.bandEdges"), (d.Line, d.Column, d.Path)));
        Assert.Contains("in 2016 ", errors[0].Message);
        Assert.Contains("3 thresholds (the preset rules2016's, as hnte.bandThresholds is unset)", errors[0].Message);
        Assert.Contains("2 edge rules (the preset rules2016's, as hnte.edgeInLowerBand is unset)", errors[1].Message);
    }

    [Fact]
    public void A_misfit_from_set_is_located_at_set()
    {
        var d = Assert.Single(_dir.Errors(History, "hnte.bandThresholds=[0.02,0.04]"));
        Assert.Equal(("--set", 0, "hnte.bandThresholds"), (d.File, d.Line, d.Path));
        Assert.Contains("but 2 thresholds", d.Message);
        var item = Assert.Single(_dir.Errors(History, "hnte.bandThresholds=[0.02,1.04,0.03]"));
        Assert.Equal(("--set", "hnte.bandThresholds"), (item.File, item.Path));
    }

    [Fact]
    public void Advisory_ranges_warn_for_each_item()
    {
        var warning = Assert.Single(_dir.Load("hnte:\n  bandThresholds: [0.2, 0.04, 0.03]\n").Warnings);
        Assert.Equal((2, 20, "hnte.bandThresholds"), (warning.Line, warning.Column, warning.Path));
    }

    [Fact]
    public void A_sweep_may_vary_a_list_commas_inside_brackets_stay_in_the_value()
    {
        var spec = VarySpec.Parse("hnte.bandThresholds=[0.02,0.04,0.03], [0.06, 0.04, 0.03]");
        Assert.Equal(["[0.02,0.04,0.03]", "[0.06, 0.04, 0.03]"], spec.Values);
        Assert.Equal(["{2008: 0.5, 2018: 1.0}", "0.75"], VarySpec.Parse("superDeduction.extraRate={2008: 0.5, 2018: 1.0},0.75").Values);
        Assert.Equal(["0.1", "0.15"], VarySpec.Parse("hnte.rate=0.1,0.15").Values);
        var point = new SweepGrid([spec]).Changes(0);
        Assert.Equal([0.02, 0.04, 0.03], _dir.Load("name: p\n").With(point).Policy.At(2010).IntensityBands.Thresholds);
    }

    [Fact]
    public void The_parameter_table_shows_the_kinds_and_that_the_parts_start_unset()
    {
        var rows = ParameterTable.Rows().Where(r => r.Section == "hnte").ToDictionary(r => r.Name);
        Assert.Equal(("number list, by year", "unset", "(0, ∞), ascending"), (rows["hnte.bandEdges"].Kind, rows["hnte.bandEdges"].Default, rows["hnte.bandEdges"].Valid));
        Assert.Equal(("number list, by year", "unset", "(0, 1)"), (rows["hnte.bandThresholds"].Kind, rows["hnte.bandThresholds"].Default, rows["hnte.bandThresholds"].Valid));
        Assert.Equal(("flag list, by year", "unset"), (rows["hnte.edgeInLowerBand"].Kind, rows["hnte.edgeInLowerBand"].Default));
        Assert.Equal("rules2008", rows["hnte.intensityBands"].Default);
    }
}
