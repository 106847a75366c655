using Rdsim.Engine;
using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;
using Rdsim.Orleans.Abstractions.Messages;

namespace Rdsim.Orleans.Grains;

/// <summary>A firm's starting states in both worlds of every replicate (they start alike in every replicate).</summary>
internal static class FirmStates
{
    /// <summary>The starting states, written into <paramref name="into"/> (two per replicate, held for the run by <see cref="FirmRuns.Start"/>).</summary>
    public static FirmState[] Initial(in FirmTraits traits, RunSetup setup, FirmState[] into)
    {
        var scenario = FirmYear.Initial(traits, setup.Model, setup.Policy(World.Scenario, setup.StartYear), setup.StartYear);
        var counterfactual = FirmYear.Initial(traits, setup.Model, setup.Policy(World.Counterfactual, setup.StartYear), setup.StartYear);
        var states = into;
        for (var r = 0; r < setup.Replicates; r++)
        {
            states[YearDriver.Slot(r, World.Scenario)] = scenario;
            states[YearDriver.Slot(r, World.Counterfactual)] = counterfactual;
        }
        return states;
    }
}
