using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rdsim.Model.Firms;

namespace Rdsim.Model.Tests.Firms;

/// <summary>The population's turnover: entrants per year, and exit years that are keyed draws with the asked-for hazard.</summary>
public class DemographyTests
{
    [Fact]
    public void Without_an_exit_rate_nobody_exits()
    {
        for (var id = 0; id < 1_000; id++) Assert.Equal(FirmTraits.NeverExits, Demography.ExitYear(9, id, 2009, 2030, 0));
    }

    [Fact]
    public void Exit_years_follow_the_hazard_year_by_year()
    {
        const double rate = 0.1;
        const int firms = 40_000;
        var exits = Enumerable.Range(0, firms).Select(id => Demography.ExitYear(3, id, 2009, 2012, rate)).ToList();
        var atRisk = (double)firms;
        for (var year = 2009; year <= 2012; year++)
        {
            var leaving = exits.Count(e => e == year);
            Assert.InRange(leaving / atRisk, rate - 0.01, rate + 0.01);
            atRisk -= leaving;
        }
        Assert.InRange(exits.Count(e => e == FirmTraits.NeverExits) / (double)firms, Math.Pow(1 - rate, 4) - 0.01, Math.Pow(1 - rate, 4) + 0.01);
    }

    [Property(MaxTest = 300)]
    public Property An_exit_year_lies_in_the_allowed_span_and_repeats_for_the_same_seed_and_firm()
    {
        var cases = Gen.Choose(0, 1_000_000).SelectMany(id => Gen.Choose(0, 99).SelectMany(rate => Gen.Choose(1, 15).Select(span => (id, rate, span))));
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var rate = c.rate / 100.0;
            var exit = Demography.ExitYear(17, c.id, 2010, 2010 + c.span, rate);
            return exit == Demography.ExitYear(17, c.id, 2010, 2010 + c.span, rate)
                && (exit == FirmTraits.NeverExits || (exit >= 2010 && exit <= 2010 + c.span));
        });
    }

    [Fact]
    public void Entrants_per_year_round_to_the_nearest_firm()
    {
        Assert.Equal(600, Demography.EntrantsPerYear(7_500, 0.08));
        Assert.Equal(1, Demography.EntrantsPerYear(10, 0.05));
        Assert.Equal(0, Demography.EntrantsPerYear(10, 0));
    }
}
