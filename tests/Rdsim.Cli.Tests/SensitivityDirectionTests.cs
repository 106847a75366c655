using Rdsim.Cli.Tests.Commands;
using Rdsim.Reporting.Sensitivity;
using Rdsim.Runs;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Sweeps;

namespace Rdsim.Cli.Tests;

/// <summary>The sensitivity runs through the front door move the numbers the way the economics says they must.</summary>
public class SensitivityDirectionTests
{
    [Fact]
    public async Task A_larger_user_cost_elasticity_induces_more_real_rd_per_yuan_forgone()
    {
        var scenario = ScenarioLoader.Load(Small.China, ["population.firms=400", "simulation.firstYear=2015", "simulation.lastYear=2018"]);
        var result = await Simulator.Sensitivity(scenario, [SensitivitySpec.Parse("behaviour.userCostElasticity=0.5,1.5")]);
        var bar = Assert.Single(result.Bars(SensitivityMetric.InducedRealRd));
        var base_ = result.Base.Of(SensitivityMetric.InducedRealRd);
        // R&D answers its user cost more strongly, so the same relief buys more of it: induced R&D rises with ε, through the base (ε = 1).
        Assert.True(bar.AtLow < base_ && base_ < bar.AtHigh, $"induced real R&D at ε = 0.5, 1, 1.5: {bar.AtLow}, {base_}, {bar.AtHigh}");
        var bang = Assert.Single(result.Bars(SensitivityMetric.BangForBuck));
        Assert.True(bang.AtLow < bang.AtHigh, $"bang for the buck at ε = 0.5, 1.5: {bang.AtLow}, {bang.AtHigh}");
    }
}
