using Rdsim.Model.Policy;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Scenarios.Tests.Loading;

public sealed class PrecedenceTests : IDisposable
{
    private readonly ScenarioDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Child_replaces_parent_per_parameter_and_set_applies_last()
    {
        _dir.Write("base/base.yaml", "name: base\nhnte:\n  rate: 0.12\n  validityYears: 4\nsuperDeduction:\n  extraRate: {2008: 0.5, 2018: 0.75}\n");
        _dir.Write("reforms/mid.yaml", "name: mid\nextends: ../base/base.yaml\nhnte: {rate: 0.11}\n");
        var child = _dir.Write("reforms/child.yaml", "name: child\nextends: mid.yaml\nsuperDeduction:\n  extraRate: 0.6\n");

        var s = ScenarioLoader.Load(child, []);
        Assert.Equal("child", s.Name);
        Assert.Equal(0.11, s.Policy.At(2010).HnteRate);            // from mid, over base
        Assert.Equal(4, s.Policy.At(2010).ValidityYears);          // untouched: from base
        Assert.Equal(0.6, s.Policy.At(2010).ExtraRate);            // the child's scalar replaces the whole year mapping
        Assert.Equal(0.6, s.Policy.At(2020).ExtraRate);

        var set = ScenarioLoader.Load(child, ["hnte.rate=0.1", "hnte.rate=0.09"]);
        Assert.Equal(0.09, set.Policy.At(2010).HnteRate);          // later overrides win

        var origin = s.Resolved.Single(r => r.Name == "hnte.rate").Origin;
        Assert.EndsWith(Path.Combine("reforms", "mid.yaml") + ":3", origin);
        Assert.Equal("--set", set.Resolved.Single(r => r.Name == "hnte.rate").Origin);
        Assert.Equal("default", s.Resolved.Single(r => r.Name == "cit.standardRate").Origin);
    }

    [Fact]
    public void Scenario_name_defaults_to_the_file_name()
    {
        var s = _dir.Load("hnte: {rate: 0.15}\n");
        Assert.Equal("s", s.Name);
        Assert.Null(s.Description);
        Assert.Equal(Path.Combine(_dir.Root, "s.yaml"), s.SourcePath);
    }

    [Fact]
    public void Year_keyed_values_hold_from_their_year_on()
    {
        var s = _dir.Load("simulation: {firstYear: 2008, lastYear: 2024}\nsuperDeduction:\n  extraRate: {2015: 0.8, 2010: 0.6}\ncit:\n  standardRate: {2008: 0.25, 2020: 0.2}\n");
        Assert.Equal(0.6, s.Policy.At(2008).ExtraRate);   // before the first entry: the first entry's value
        Assert.Equal(0.6, s.Policy.At(2014).ExtraRate);
        Assert.Equal(0.8, s.Policy.At(2015).ExtraRate);
        Assert.Equal(0.8, s.Policy.At(2024).ExtraRate);
        Assert.Equal(0.25, s.Policy.At(2019).StandardRate);
        Assert.Equal(0.2, s.Policy.At(2020).StandardRate);
        Assert.Equal("{2010: 0.6, 2015: 0.8}", s.Resolved.Single(r => r.Name == "superDeduction.extraRate").Value);
    }

    [Fact]
    public void Set_accepts_scalars_year_mappings_lists_and_groups()
    {
        var s = _dir.Load("name: x\n",
            "superDeduction.extraRate={2008: 0.5, 2020: 1.0}",
            "superDeduction.excludedSectors=[tobacco]",
            "hnte={rate: 0.1, intensityBands: rules2016}",
            "behaviour.userCostElasticity = 1.5",
            "simulation.lastYear=2030");
        Assert.Equal(0.5, s.Policy.At(2019).ExtraRate);
        Assert.Equal(1.0, s.Policy.At(2020).ExtraRate);
        Assert.Equal(0, s.Policy.At(2020).ExtraRateFor(Rdsim.Model.Firms.Sectors.Find("tobacco")!.Id));
        Assert.Equal(1.0, s.Policy.At(2020).ExtraRateFor(Rdsim.Model.Firms.Sectors.Find("realEstate")!.Id));
        Assert.Equal(0.1, s.Policy.At(2020).HnteRate);
        Assert.Same(IntensityBands.Rules2016, s.Policy.At(2020).IntensityBands);
        Assert.Equal(1.5, s.Model.Behaviour.UserCostElasticity);
        Assert.Equal(2030, s.Run.LastYear);
        Assert.Equal(2030, s.Policy.LastYear);
    }

    [Fact]
    public void Dotted_keys_in_files_work_like_nested_mappings()
    {
        var nested = _dir.Load("hnte:\n  rate: 0.12\n");
        var dotted = _dir.Load("hnte.rate: 0.12\n");
        Assert.Equal(nested.ContentHash, dotted.ContentHash);
    }

    [Fact]
    public void Population_from_resolves_relative_to_the_file_that_sets_it()
    {
        _dir.Write("data/firms.csv", "id,sector\n1,software\n");
        _dir.Write("data/base.yaml", "population:\n  from: firms.csv\n");
        var child = _dir.Write("child.yaml", "extends: data/base.yaml\n");
        var s = ScenarioLoader.Load(child, []);
        Assert.Equal(Path.Combine(_dir.Root, "data", "firms.csv"), s.Population.FromCsv);
    }
}
