using Rdsim.Model.Firms;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Tests.Loading;

public sealed class SectorRateTests : IDisposable
{
    private readonly ScenarioDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static int Id(string key) => Sectors.Find(key)!.Id;

    [Fact]
    public void Manufacturing_group_covers_every_manufacturing_sector_and_a_specific_sector_wins()
    {
        var s = _dir.Load("""
            superDeduction:
              extraRate: 0.75
              sectorExtraRate:
                integratedCircuits: {2023: 1.2}
                manufacturing: {2021: 1.0}
                software: 0.9
              excludedSectors: [tobacco]
            """);
        foreach (var sector in Sectors.All)
        {
            var expected2022 = sector.Key switch
            {
                "tobacco" => 0,
                "software" => 0.9,
                _ => sector.IsManufacturing ? 1.0 : 0.75,
            };
            Assert.Equal(expected2022, s.Policy.At(2022).ExtraRateFor(sector.Id));
        }
        Assert.Equal(0.75, s.Policy.At(2020).ExtraRateFor(Id("machinery")));
        Assert.Equal(0.75, s.Policy.At(2020).ExtraRateFor(Id("integratedCircuits")));  // no override before its first year
        Assert.Equal(1.0, s.Policy.At(2022).ExtraRateFor(Id("integratedCircuits")));   // group applies until its own entry starts
        Assert.Equal(1.2, s.Policy.At(2023).ExtraRateFor(Id("integratedCircuits")));   // then the specific sector wins
        Assert.Equal(1.0, s.Policy.At(2023).ExtraRateFor(Id("machineTools")));
    }

    [Fact]
    public void Null_ends_a_sector_override()
    {
        var s = _dir.Load("simulation: {lastYear: 2030}\nsuperDeduction:\n  extraRate: 1.0\n  sectorExtraRate: {machineTools: {2023: 1.2, 2028: null}}\n");
        Assert.Equal(1.2, s.Policy.At(2027).ExtraRateFor(Id("machineTools")));
        Assert.Equal(1.0, s.Policy.At(2028).ExtraRateFor(Id("machineTools")));
        Assert.True(double.IsNaN(s.Policy.At(2028).SectorExtraRate[Id("machineTools")]));
    }

    [Fact]
    public void An_empty_group_is_refused_because_it_clears_nothing()
    {
        var d = Assert.Single(_dir.Errors("superDeduction:\n  sectorExtraRate: {}\n"));
        Assert.Equal(("superDeduction.sectorExtraRate", 2), (d.Path, d.Line));
        Assert.Contains("{manufacturing: null}", d.Message);
        var set = Assert.Single(_dir.Errors("name: x\n", "superDeduction.sectorExtraRate={}"));
        Assert.Equal("--set", set.File);
    }

    [Fact]
    public void Manufacturing_in_the_negative_list_expands()
    {
        var s = _dir.Load("superDeduction:\n  excludedSectors: [manufacturing]\n");
        Assert.All(Sectors.All, x => Assert.Equal(x.IsManufacturing, s.Policy.At(2010).ExcludedSectors[x.Id]));
    }

    [Fact]
    public void Sector_traits_are_set_per_sector()
    {
        var s = _dir.Load("population:\n  sectors:\n    software: {intensityMedian: 0.12, share: 0.2}\n");
        Assert.Equal(0.12, s.Model.SectorProfiles[Id("software")].IntensityMedian);
        Assert.Equal(0.2, s.Model.SectorProfiles[Id("software")].Share);
        Assert.Equal(SectorDefaults.All[Id("electronics")], s.Model.SectorProfiles[Id("electronics")]);
    }
}
