using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests.Simulation;

/// <summary>
/// Firm entry and exit: a firm outside its entry–exit span keeps time but stays out of every aggregate; an entrant
/// starts as a firm does at the start of a run; exit years are keyed draws with the asked-for hazard.
/// </summary>
public class TurnoverTests
{
    private static readonly double[] NoSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();
    private static readonly YearPolicy Policy = new();

    private static YearInputs Inputs(int year) => new(year, Policy, 5, 1, NoSpillover);

    [Fact]
    public void An_entrant_is_inactive_before_it_enters_then_steps_as_a_firm_starting_that_year()
    {
        var parameters = TestModel.Parameters();
        foreach (var incumbent in TestModel.Firms(parameters, 200))
        {
            var entrant = incumbent with { EntryYear = 2012 };
            var entrantState = FirmYear.Initial(entrant, parameters, Policy, 2010);
            Assert.Equal(default, FirmYear.Step(entrant, ref entrantState, Inputs(2010), parameters));
            Assert.Equal(default, FirmYear.Step(entrant, ref entrantState, Inputs(2011), parameters));
            Assert.Equal(2011, entrantState.Year);

            var fresh = FirmYear.Initial(incumbent, parameters, Policy, 2012);
            for (var year = 2012; year <= 2015; year++)
            {
                var expected = FirmYear.Step(incumbent, ref fresh, Inputs(year), parameters);
                var actual = FirmYear.Step(entrant, ref entrantState, Inputs(year), parameters);
                Assert.True(actual.IsActive);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void A_firm_is_active_up_to_the_year_before_its_exit_and_inactive_from_then_on()
    {
        var parameters = TestModel.Parameters();
        var firm = TestModel.Firms(parameters, 1)[0] with { ExitYear = 2012 };
        var state = FirmYear.Initial(firm, parameters, Policy, 2010);
        Assert.True(FirmYear.Step(firm, ref state, Inputs(2010), parameters).IsActive);
        Assert.True(FirmYear.Step(firm, ref state, Inputs(2011), parameters).IsActive);
        for (var year = 2012; year <= 2014; year++)
        {
            Assert.Equal(default, FirmYear.Step(firm, ref state, Inputs(year), parameters));
            Assert.Equal(year, state.Year);
        }
    }

    [Fact]
    public void Inactive_firms_are_left_out_of_both_worlds_aggregates()
    {
        var parameters = TestModel.Parameters();
        var firms = TestModel.Firms(parameters, 300)
            .Select((f, i) => i % 3 == 0 ? f with { EntryYear = 2011 } : i % 3 == 1 ? f with { ExitYear = 2011 } : f)
            .ToArray();
        var scenario = firms.Select(f => FirmYear.Initial(f, parameters, Policy, 2010)).ToArray();
        var counterfactual = scenario.ToArray();
        var noIncentives = new YearPolicy { HnteEnabled = false, ExtraRate = 0 };
        foreach (var year in new[] { 2010, 2011 })
        {
            var withPolicy = new YearBreakdown();
            var without = new YearBreakdown();
            for (var i = 0; i < firms.Length; i++)
            {
                PairedYear.Step(firms[i], ref scenario[i], ref counterfactual[i], Inputs(year),
                    new YearInputs(year, noIncentives, 5, 1, NoSpillover), parameters, withPolicy, without);
            }
            var active = firms.Count(f => f.ActiveIn(year));
            Assert.Equal(200, active);
            Assert.Equal(active, withPolicy.Total[CountMetric.Firms]);
            Assert.Equal(active, without.Total[CountMetric.Firms]);
            Assert.Equal(active, withPolicy.BySize.Sum(a => a[CountMetric.Firms]));
        }
    }

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
    public void A_certification_renews_a_certificate_that_ran_to_last_year_and_is_new_after_a_lapse()
    {
        var parameters = TestModel.Parameters();
        var certifying = TestModel.Firms(parameters, 300)
            .Where(f =>
            {
                var state = FirmYear.Initial(f, parameters, Policy, 2010);
                return FirmYear.Step(f, ref state, Inputs(2010), parameters).NewlyCertified;
            })
            .ToList();
        Assert.NotEmpty(certifying);
        foreach (var firm in certifying)
        {
            var renewing = FirmYear.Initial(firm, parameters, Policy, 2010);
            renewing.CertificateLastYear = 2009;
            var renewal = FirmYear.Step(firm, ref renewing, Inputs(2010), parameters);
            Assert.True(renewal.Recertified && !renewal.NewlyCertified);

            var lapsed = FirmYear.Initial(firm, parameters, Policy, 2010);
            lapsed.CertificateLastYear = 2008;
            var reapplication = FirmYear.Step(firm, ref lapsed, Inputs(2010), parameters);
            Assert.True(reapplication.NewlyCertified && !reapplication.Recertified);
        }
    }

    [Fact]
    public void Entrants_per_year_round_to_the_nearest_firm()
    {
        Assert.Equal(600, Demography.EntrantsPerYear(7_500, 0.08));
        Assert.Equal(1, Demography.EntrantsPerYear(10, 0.05));
        Assert.Equal(0, Demography.EntrantsPerYear(10, 0));
    }
}
