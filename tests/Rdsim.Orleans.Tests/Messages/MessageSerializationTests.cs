using Rdsim.Engine;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;
using Rdsim.Orleans.Abstractions.Messages;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Messages;

/// <summary>Every message a grain call carries crosses the wire bit for bit (a run's definition, its firms, its setup, a step, a logged year).</summary>
[Collection(OneSiloCollection.Name)]
public sealed class MessageSerializationTests(OneSiloFixture fixture)
{
    [Fact]
    public void RunDefinition_RoundTripsEveryPolicyAndModelValue()
    {
        var input = TestInputs.Create(firms: 3);
        var policies = Enumerable.Range(input.Policy.FirstYear, 5).Select(input.Policy.At).ToArray();
        var definition = new RunDefinition(input.Run, input.Model, input.Policy.FirstYear, policies, 3, new RunTuning(4, 2, 8, true), Guid.NewGuid());

        var copy = fixture.RoundTrip(definition);

        Assert.Equal(Wire.Fields(definition), Wire.Fields(copy));
        Assert.True(double.IsNaN(copy.Policies[^1].SectorExtraRate[0]));
    }

    [Fact]
    public void Traits_Outcomes_AndBatches_RoundTrip()
    {
        var input = TestInputs.Create(firms: 4);
        var firms = new FirmBatch(0, input.Firms.ToArray());
        var outcome = new FirmYearOutcome { Revenue = 1.5, Tax = -0.0, IsHnte = true, Patents = 3, InventionPatents = 1, WindowIntensity = 0.03 };
        var result = new FirmStepResult([outcome, default]);

        Assert.Equal(Wire.Fields(firms), Wire.Fields(fixture.RoundTrip(firms)));
        Assert.Equal(result.Outcomes, fixture.RoundTrip(result).Outcomes);
    }

    /// <summary>A run's setup, a shard's step (feedback only) and a logged year carry each world's year inputs (policy, seed, price, spillovers) to the last bit.</summary>
    [Fact]
    public void A_setup_a_shard_step_and_a_logged_year_carry_every_year_input()
    {
        var input = TestInputs.Create(firms: 2, replications: 2);
        var policy = input.Policy.At(input.Run.LastYear);
        YearInputs Inputs(ulong seed, double price) => new(input.Run.LastYear, policy, seed, price, [Math.BitIncrement(1.0), 0.5, double.Epsilon]);
        var year = new YearContext(input.Run.LastYear, [Inputs(ulong.MaxValue, 1.0 / 3), Inputs(1, Math.BitDecrement(10)), Inputs(2, 1), Inputs(3, 0.1)]);
        var setup = new RunSetup(Guid.NewGuid(), Guid.NewGuid(), input.Run.StartYear, 2, input.Model, [policy], [policy.WithoutIncentives()], 16);
        var step = new ShardStep(Guid.NewGuid(), [YearFeedback.Of(year)], Last: true);

        var (setupCopy, stepCopy, yearCopy) = (fixture.RoundTrip(setup), fixture.RoundTrip(step), fixture.RoundTrip(year));

        Assert.Equal(Wire.Fields(setup), Wire.Fields(setupCopy));
        Assert.Equal(Wire.Fields(step), Wire.Fields(stepCopy));
        Assert.Equal(Wire.Fields(year), Wire.Fields(yearCopy));
        Assert.Equal(new FirmStep(step.RunId, input.Run.LastYear, 1, true), fixture.RoundTrip(stepCopy.ForFirms()));
        Assert.False(setupCopy.Policy(World.Counterfactual, input.Run.StartYear).HnteEnabled);
    }

    /// <summary>What a silo rebuilds from the setup and a year's feedback is, field by field, what the run's driver gave.</summary>
    [Fact]
    public void A_years_inputs_rebuilt_from_its_feedback_and_the_setup_are_the_drivers()
    {
        var input = TestInputs.Create(firms: 50, replications: 2, feedback: true);
        var driver = new YearDriver(input);
        YearPolicy[] Policies(World world) => [.. Enumerable.Range(input.Run.StartYear, input.Run.SimulatedYears).Select(y => driver.Policy(world, y))];
        var setup = fixture.RoundTrip(new RunSetup(Guid.NewGuid(), Guid.NewGuid(), input.Run.StartYear, 2, input.Model,
            Policies(World.Scenario), Policies(World.Counterfactual), 16));
        var year = new YearContext(input.Run.StartYear, driver.InputsFor(input.Run.StartYear));

        var rebuilt = setup.Inputs(fixture.RoundTrip(YearFeedback.Of(year)));

        Assert.Equal(Wire.Fields(year.Inputs), Wire.Fields(rebuilt));
    }
}
