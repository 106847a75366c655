using Rdsim.Model.Aggregation;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests.Simulation;

/// <summary>
/// Firm entry and exit in a firm's year: a firm outside its entry–exit span keeps time but stays out of every aggregate; an
/// entrant starts as a firm does at the start of a run (the draws of entry and exit: <c>Firms/DemographyTests</c>).
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
}
