using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;
using Rdsim.Orleans.Abstractions.Messages;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Messages;

/// <summary>Every message a grain call carries crosses the wire bit for bit (a run's definition, its firms, a step, a replay).</summary>
[Collection(OneSiloCollection.Name)]
public sealed class MessageSerializationTests(OneSiloFixture fixture)
{
    [Fact]
    public void RunDefinition_RoundTripsEveryPolicyAndModelValue()
    {
        var input = TestInputs.Create(firms: 3);
        var policies = Enumerable.Range(input.Policy.FirstYear, 5).Select(input.Policy.At).ToArray();
        var definition = new RunDefinition(input.Run, input.Model, input.Policy.FirstYear, policies, 3, new RunTuning(4, 2, 8));

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

    /// <summary>A step and a replay carry each world's year inputs (policy, seed, price, spillovers) to the last bit.</summary>
    [Fact]
    public void A_step_batch_and_a_replay_log_carry_every_year_input()
    {
        var input = TestInputs.Create(firms: 2, replications: 2);
        var policy = input.Policy.At(input.Run.LastYear);
        YearInputs Inputs(ulong seed, double price) => new(input.Run.LastYear, policy, seed, price, [Math.BitIncrement(1.0), 0.5, double.Epsilon]);
        YearContext[] years = [new(input.Run.LastYear, [Inputs(ulong.MaxValue, 1.0 / 3), Inputs(1, Math.BitDecrement(10)), Inputs(2, 1), Inputs(3, 0.1)])];
        var setup = new RunSetup(Guid.NewGuid(), input.Run.StartYear, 2, input.Model, policy, policy.WithoutIncentives(), 16);
        var step = new StepBatch(setup, years);
        var replay = new ReplayLog(input.Firms[1], years);

        var (stepCopy, replayCopy) = (fixture.RoundTrip(step), fixture.RoundTrip(replay));

        Assert.Equal(Wire.Fields(step), Wire.Fields(stepCopy));
        Assert.Equal(Wire.Fields(replay), Wire.Fields(replayCopy));
        Assert.Equal(step.Slots, stepCopy.Slots);
        Assert.Equal(step.Slot(0, 1, World.Counterfactual), stepCopy.Slot(0, 1, World.Counterfactual));
        Assert.False(stepCopy.Setup.CounterfactualStartPolicy.HnteEnabled);
    }
}
