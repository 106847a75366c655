using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Tests.Loading;

public sealed class ContentHashTests : IDisposable
{
    private readonly ScenarioDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Hash(string file, string text, params string[] overrides) =>
        ScenarioLoader.Load(_dir.Write(file, text), overrides).ContentHash;

    [Fact]
    public void Equivalent_files_have_equal_hashes()
    {
        var block = Hash("a.yaml", """
            name: A
            # a comment
            hnte:
              rate: 0.15
              intensityBands: {2008: rules2008, 2016: rules2016}
            superDeduction:
              extraRate: {2008: 0.5, 2018: 0.75}
            """);
        var flow = Hash("b.yaml", """
            name: B, a different name
            description: names, descriptions and comments do not change results
            superDeduction: {extraRate: {2018: 0.75, 2008: 0.50, 2012: 0.5}}
            hnte: {intensityBands: {2016: rules2016, 2000: rules2008}}
            """);
        var split = Hash("c.yaml", "name: C\nhnte.intensityBands: {2008: rules2008}\n", "hnte.intensityBands={2008: rules2008, 2016: rules2016}", "superDeduction.extraRate={2008: 0.5, 2018: 0.75}");
        Assert.Equal(block, flow);
        Assert.Equal(block, split);
        Assert.Equal(Hash("d.yaml", "name: defaults\n"), Hash("e.yaml", "superDeduction: {extraRate: 0.5}\ncit: {standardRate: {2008: 0.25}}\n"));
    }

    [Fact]
    public void Changing_any_value_changes_the_hash()
    {
        var baseline = Hash("a.yaml", "hnte: {rate: 0.15}\n");
        Assert.NotEqual(baseline, Hash("b.yaml", "hnte: {rate: 0.16}\n"));
        Assert.NotEqual(baseline, Hash("c.yaml", "hnte: {rate: {2008: 0.15, 2020: 0.16}}\n"));
        Assert.NotEqual(baseline, Hash("d.yaml", "simulation: {seed: 2}\n"));
        Assert.NotEqual(baseline, Hash("e.yaml", "population: {sectors: {textiles: {share: 0.051}}}\n"));
        Assert.NotEqual(baseline, Hash("f.yaml", "name: x\n", "behaviour.discountRate=0.1"));
    }

    [Fact]
    public void Population_file_contents_enter_the_hash_not_its_path()
    {
        _dir.Write("one/firms.csv", "id\n1\n");
        _dir.Write("two/firms.csv", "id\n1\n");
        _dir.Write("three/firms.csv", "id\n2\n");
        var one = Hash("one/s.yaml", "population: {from: firms.csv}\n");
        Assert.Equal(one, Hash("two/s.yaml", "population: {from: firms.csv}\n"));
        Assert.NotEqual(one, Hash("three/s.yaml", "population: {from: firms.csv}\n"));
    }

    [Fact]
    public void Hash_is_lower_case_sha256_hex()
    {
        var hash = Hash("a.yaml", "name: defaults\n");
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Property(MaxTest = 60)]
    public Property Any_valid_rate_round_trips_exactly_through_set()
    {
        return Prop.ForAll(Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0 * 0.999_999_7).ToArbitrary(), rate =>
        {
            var path = _dir.Write("p.yaml", "name: p\n");
            var s = ScenarioLoader.Load(path, [$"hnte.rate={ValueText.Format(rate)}"]);
            return s.Policy.At(2010).HnteRate == rate
                && s.Resolved.Single(r => r.Name == "hnte.rate").Value == rate.ToString("R", CultureInfo.InvariantCulture);
        });
    }
}
