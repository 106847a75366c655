using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Scenarios.Tests.Loading;

/// <summary>What a population stands for (weights, universe) and what a scenario was fitted to, as a scenario states them.</summary>
public sealed class UniverseAndFitTests : IDisposable
{
    private readonly ScenarioDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Universe_and_fit_are_read_in_either_language_and_inherited_through_extends()
    {
        _dir.Write("base.yaml", "name: base\nuniverse: {en: \"Enterprises above designated size\", zh: \"规模以上企业\"}\nfit: Fitted to national figures\npopulation: {firms: 100, weight: 46}\n");
        var reform = _dir.Write("reform.yaml", "name: reform\nextends: base.yaml\nhnte: {rate: 0.1}\n");
        var s = ScenarioLoader.Load(reform, []);
        Assert.Equal(new LocalizedText("Enterprises above designated size", "规模以上企业"), s.Universe);
        Assert.Equal("Fitted to national figures", s.Fit!.For(chinese: true));   // no Chinese text given: the English
        Assert.Equal(46, s.Population.Weight);
        Assert.All(PopulationBuilder.Build(s).Traits, t => Assert.Equal(46, t.Weight));

        var own = _dir.Write("own.yaml", "name: own\nextends: base.yaml\nfit: Not fitted\n");
        Assert.Equal("Not fitted", ScenarioLoader.Load(own, []).Fit!.En);
    }

    [Fact]
    public void Caveats_are_a_list_in_either_language_inherited_through_extends_and_change_no_hash()
    {
        var plain = _dir.Write("plain.yaml", "name: plain\npopulation: {firms: 100}\n");
        _dir.Write("base.yaml", "name: base\ncaveats:\n  - Misses HNTE counts\n  - {en: \"R&D too high\", zh: \"研发偏高\"}\npopulation: {firms: 100}\n");
        var reform = _dir.Write("reform.yaml", "name: reform\nextends: base.yaml\n");
        var s = ScenarioLoader.Load(reform, []);
        Assert.Equal([new LocalizedText("Misses HNTE counts"), new LocalizedText("R&D too high", "研发偏高")], s.Caveats!);
        Assert.Equal(ScenarioLoader.Load(plain, []).ContentHash, s.ContentHash);   // a header, not a parameter
        Assert.Equal([new LocalizedText("One")], _dir.Load("caveats: One\n").Caveats!);
        var none = _dir.Write("none.yaml", "name: none\nextends: base.yaml\ncaveats: []\n");
        Assert.Empty(ScenarioLoader.Load(none, []).Caveats!);   // a file may say that its base's caveats do not hold for it
        Assert.Equal(s.Caveats, s.With("hnte.rate", 0.1).Caveats);   // kept when the scenario is changed in code
        Assert.Contains(_dir.Errors("caveats:\n  - {fr: \"non\"}\n"), e => e.Path == "caveats" && e.Line == 2);
    }

    [Fact]
    public void A_fit_that_is_neither_text_nor_a_language_mapping_is_a_located_error()
    {
        var errors = _dir.Errors("fit: {fr: \"ajusté\"}\n");
        Assert.Contains(errors, e => e.Path == "fit" && e.Line == 1);
        Assert.Contains(_dir.Errors("population: {weight: 0}\n"), e => e.Path == "population.weight");
    }

    [Theory]
    [InlineData("caveats: \"\"\n", "caveats", 1)]
    [InlineData("caveats:\n  - \"  \"\n", "caveats", 2)]
    [InlineData("universe:\n", "universe", 1)]
    [InlineData("fit: {en: \"\"}\n", "fit.en", 1)]
    public void An_empty_caveat_universe_or_fit_is_a_located_error_naming_the_key(string yaml, string key, int line)
    {
        var error = Assert.Single(_dir.Errors(yaml));
        Assert.Equal((key, line), (error.Path, error.Line));
        Assert.Equal($"{key} is empty; write the text, or leave the key out.", error.Message);
        Assert.Equal($"{key} 为空；请写出文本，或删去该键。", error.MessageZh);
    }

    [Fact]
    public void A_population_file_gives_each_firm_its_weight_and_the_scenario_s_weight_where_it_gives_none()
    {
        _dir.Write("firms.csv", "sector,revenue,weight\nsoftware,120,3\nmachinery,8.5,\n");
        var s = _dir.Load("population: {from: firms.csv, weight: 20}\n");
        Assert.Equal([3, 20], PopulationBuilder.Build(s).Traits.Select(t => t.Weight));
        _dir.Write("bad.csv", "sector,revenue,weight\nsoftware,120,0.5\n");
        var e = Assert.Throws<InputException>(() => PopulationBuilder.Build(_dir.Load("population: {from: bad.csv}\n")));
        Assert.Contains(e.Diagnostics, d => d.Path == "weight" && d.Line == 2);
    }
}
