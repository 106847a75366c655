using Rdsim.Engine.Reference;
using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;

namespace Rdsim.Engine.Tests;

/// <summary>The one order of a year: replicates driven together give what they give one by one; years are asked for in order.</summary>
public class YearDriverTests
{
    [Fact]
    public async Task Replicates_driven_together_give_what_the_reference_engine_gives_one_by_one()
    {
        var input = TestInputs.Create(400, replications: 3, behaviour: new BehaviourParameters { RdSupplyElasticity = 1.5, Spillover = 0.2 });
        var driver = new YearDriver(input);
        var states = new FirmState[driver.Slots][];
        for (var r = 0; r < driver.Replicates; r++)
        {
            foreach (var world in new[] { World.Scenario, World.Counterfactual })
            {
                states[YearDriver.Slot(r, world)] = [.. input.Firms.Select(f => driver.InitialState(f, world))];
            }
        }
        while (!driver.Finished)
        {
            var inputs = driver.InputsFor(driver.NextYear);
            var breakdowns = Enumerable.Range(0, driver.Slots).Select(_ => new YearBreakdown()).ToArray();
            for (var r = 0; r < driver.Replicates; r++)
            {
                var (s, c) = (YearDriver.Slot(r, World.Scenario), YearDriver.Slot(r, World.Counterfactual));
                for (var i = 0; i < input.Firms.Count; i++)
                {
                    PairedYear.Step(input.Firms[i], ref states[s][i], ref states[c][i], inputs[s], inputs[c], input.Model, breakdowns[s], breakdowns[c]);
                }
            }
            driver.Record(driver.NextYear, breakdowns);
        }

        var reference = await new ReferenceEngine().RunAsync(input, null, default);

        Assert.Equal(ResultFingerprint.Of(reference), ResultFingerprint.Of(driver.Results()));
    }

    [Fact]
    public void A_later_years_inputs_are_refused_while_they_depend_on_the_years_before()
    {
        var linked = new YearDriver(TestInputs.Create(10, behaviour: new BehaviourParameters { Spillover = 0.2 }));
        Assert.False(linked.YearsIndependent);
        Assert.Equal(1, linked.NextSpan(5, firstYearAlone: false));
        Assert.Throws<InvalidOperationException>(() => linked.InputsFor(linked.NextYear + 1));

        var independent = new YearDriver(TestInputs.Create(10));
        var first = independent.NextYear;
        Assert.Equal(1, independent.NextSpan(5, firstYearAlone: true));   // when it starts every firm
        Assert.Equal(5, independent.NextSpan(5, firstYearAlone: false));   // when the firms are active already
        independent.InputsFor(first);
        independent.Record(first, [new YearBreakdown(), new YearBreakdown()]);
        Assert.Equal(3, independent.NextSpan(3, firstYearAlone: true));
        Assert.NotNull(independent.InputsFor(first + 2));
    }

    [Fact]
    public void A_year_is_recorded_once_in_order_and_after_its_inputs()
    {
        var driver = new YearDriver(TestInputs.Create(10));
        var year = driver.NextYear;
        Assert.Throws<InvalidOperationException>(() => driver.Record(year, [new YearBreakdown(), new YearBreakdown()]));
        driver.InputsFor(year);
        driver.Record(year, [new YearBreakdown(), new YearBreakdown()]);
        Assert.Throws<InvalidOperationException>(() => driver.Record(year, [new YearBreakdown(), new YearBreakdown()]));
        Assert.Empty(driver.Results()[0].Years);   // a warm-up year is not reported
    }

    [Fact]
    public void A_driver_of_later_replicates_numbers_and_seeds_them_as_the_run_does()
    {
        var input = TestInputs.Create(10, replications: 3);
        var all = new YearDriver(input).Results();
        var last = new YearDriver(input, 2, 1).Results();
        Assert.Equal((all[2].Replicate, all[2].Seed), (last[0].Replicate, last[0].Seed));
    }

    [Fact]
    public void A_worlds_policy_in_a_year_is_the_one_its_inputs_carry()
    {
        var input = TestInputs.Create(10);
        var driver = new YearDriver(input);
        var inputs = driver.InputsFor(driver.NextYear);

        Assert.Same(inputs[YearDriver.Slot(0, World.Scenario)].Policy, driver.Policy(World.Scenario, driver.NextYear));
        Assert.Same(inputs[YearDriver.Slot(0, World.Counterfactual)].Policy, driver.Policy(World.Counterfactual, driver.NextYear));
        Assert.Same(driver.StartPolicy(World.Counterfactual), driver.Policy(World.Counterfactual, input.Run.StartYear));
        Assert.False(driver.Policy(World.Counterfactual, input.Run.LastYear).HnteEnabled);
    }
}
