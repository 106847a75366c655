using Rdsim.Model.Firms;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Scenarios.Tests.Populations;

public sealed class FirmNamerTests
{
    private static FirmTraits Firm(int id, int sector = 2, double revenue = 50) => new(id, sector, revenue, 0.1, 0.02, 0.3, 0.05, false);

    [Fact]
    public void A_name_is_region_trade_name_industry_and_legal_form()
    {
        var (name, region) = new FirmNamer(3, ["宁波"]).Identify(Firm(0));
        Assert.Equal("宁波", region);
        Assert.Matches("^宁波..(机械|精密机械|重工|智能装备)有限公司$", name);
    }

    [Fact]
    public void Collisions_get_a_deterministic_distinct_name()
    {
        var namer = new FirmNamer(3, ["宁波"]);
        var first = namer.Identify(Firm(0)).Name;
        var again = namer.Identify(Firm(0)).Name;
        var third = namer.Identify(Firm(0)).Name;
        Assert.Equal(3, new[] { first, again, third }.Distinct().Count());
        Assert.All(new[] { again, third }, n => Assert.EndsWith("有限公司", n));

        var replay = new FirmNamer(3, ["宁波"]);
        Assert.Equal([first, again, third], Enumerable.Range(0, 3).Select(_ => replay.Identify(Firm(0)).Name));
    }

    [Fact]
    public void Reserved_names_are_never_generated()
    {
        var probe = new FirmNamer(3, ["宁波"]).Identify(Firm(0)).Name;
        var namer = new FirmNamer(3, ["宁波"]);
        namer.Reserve(probe);
        Assert.NotEqual(probe, namer.Identify(Firm(0)).Name);
    }

    [Fact]
    public void A_given_region_keeps_the_rest_of_the_name()
    {
        var drawn = new FirmNamer(8).Identify(Firm(4));
        var given = new FirmNamer(8).Identify(Firm(4), "温州");
        Assert.Equal("温州", given.Region);
        Assert.Equal("温州" + drawn.Name[drawn.Region.Length..], given.Name);
        Assert.Equal(drawn.Region, new FirmNamer(8).Region(4));
    }

    [Fact]
    public void Regions_must_not_be_empty() =>
        Assert.Throws<ArgumentException>(() => new FirmNamer(1, []));
}
