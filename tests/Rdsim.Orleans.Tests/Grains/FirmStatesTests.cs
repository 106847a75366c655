using Rdsim.Engine;
using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;
using Rdsim.Orleans.Abstractions.Messages;
using Rdsim.Orleans.Grains;
using Rdsim.Orleans.Tests.Support;

namespace Rdsim.Orleans.Tests.Grains;

/// <summary>A firm grain starts every replicate alike, each world in the state its own start-year policy gives (as the reference engine does).</summary>
public sealed class FirmStatesTests
{
    [Fact]
    public void Each_replicate_holds_both_worlds_initial_states_in_the_year_drivers_slots()
    {
        var input = TestInputs.Create(firms: 5, replications: 3);
        var driver = new YearDriver(input);
        var setup = new RunSetup(Guid.NewGuid(), Guid.NewGuid(), input.Run.StartYear, input.Run.Replications, input.Model,
            [driver.StartPolicy(World.Scenario)], [driver.StartPolicy(World.Counterfactual)], 1);
        foreach (var firm in input.Firms)
        {
            var states = FirmStates.Initial(firm, setup, new FirmState[2 * setup.Replicates]);

            Assert.Equal(2 * input.Run.Replications, states.Length);
            var scenario = FirmYear.Initial(firm, input.Model, driver.StartPolicy(World.Scenario), input.Run.StartYear);
            var counterfactual = FirmYear.Initial(firm, input.Model, driver.StartPolicy(World.Counterfactual), input.Run.StartYear);
            for (var r = 0; r < input.Run.Replications; r++)
            {
                Assert.Equal(Fields(scenario), Fields(states[YearDriver.Slot(r, World.Scenario)]));
                Assert.Equal(Fields(counterfactual), Fields(states[YearDriver.Slot(r, World.Counterfactual)]));
            }
        }
    }

    /// <summary>What a state holds, field by field (a state holds inline arrays, which have no built-in equality).</summary>
    private static string Fields(FirmState s) =>
        FormattableString.Invariant($"{s.Year} {s.Revenue:R} {s.RealRd:R} {s.Knowledge:R} {s.KnowledgePrevious:R} {s.CertificateLastYear} {s.HasCoreIp} ")
        + FormattableString.Invariant($"{s.HighTechShare:R} {s.LatentIntensity:R} {s.RdStaffShare:R} {s.ReportedIn(s.Year):R} {s.RevenueIn(s.Year):R} ")
        + FormattableString.Invariant($"{s.LossesAvailable(s.Year + 1):R} {s.CreditsAvailable(s.Year + 1):R}");
}
