using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests;

/// <summary>A small model with HNTE-rich sectors, for tests that need many kinds of firms.</summary>
internal static class TestModel
{
    public static ModelParameters Parameters(BehaviourParameters? behaviour = null) => new(
        behaviour ?? new BehaviourParameters(),
        Sectors.All.Select(s => new SectorProfile
        {
            Share = 1,
            RdPerformerShare = 0.6,
            IntensityMedian = 0.03,
            HighTechShareMedian = 0.7,
            RdStaffShareMedian = 0.15,
            CoreIpProbability = 0.8,
            MarginSd = 0.08,
        }).ToArray(),
        new TraitCorrelations());

    public static FirmTraits[] Firms(ModelParameters parameters, int count, ulong seed = 11)
    {
        var sampler = new TraitSampler(parameters.SectorProfiles, parameters.Correlations);
        return Enumerable.Range(0, count).Select(i => sampler.Draw(seed, i)).ToArray();
    }
}
