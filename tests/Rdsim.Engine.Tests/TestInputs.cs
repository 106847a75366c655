using Rdsim.Engine;
using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Engine.Tests;

/// <summary>Small simulation inputs for engine tests, built from the model alone.</summary>
internal static class TestInputs
{
    public static SectorProfile Profile() => new()
    {
        Share = 1,
        RdPerformerShare = 0.6,
        IntensityMedian = 0.03,
        IntensityLogSd = 0.7,
        HighTechShareMedian = 0.7,
        RdStaffShareMedian = 0.15,
        CoreIpProbability = 0.8,
    };

    public static SimulationInput Create(
        int firms,
        Func<int, YearPolicy>? policy = null,
        BehaviourParameters? behaviour = null,
        Func<SectorProfile, SectorProfile>? profile = null,
        int firstYear = 2016,
        int lastYear = 2020,
        int warmup = 3,
        ulong seed = 7,
        int replications = 1)
    {
        var profiles = Sectors.All.Select(_ => (profile ?? (p => p))(Profile())).ToArray();
        var model = new ModelParameters(behaviour ?? new BehaviourParameters(), profiles, new TraitCorrelations());
        var sampler = new TraitSampler(profiles, model.Correlations);
        var population = Enumerable.Range(0, firms).Select(i => sampler.Draw(seed, i)).ToArray();
        var schedule = new PolicySchedule(firstYear, lastYear, policy ?? (_ => new YearPolicy()));
        return new SimulationInput(new RunSettings(firstYear, lastYear, warmup, seed, replications), model, schedule, population);
    }
}
