using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Simulation;

namespace Rdsim.Scenarios.Tests.Populations;

/// <summary>Model parameters built here, independent of the registry's per-sector defaults.</summary>
internal static class TestModels
{
    /// <summary>Shares by sector id: a few large sectors, some small, one empty (tobacco).</summary>
    public static double[] Shares { get; } =
        [0.12, 0.02, 0.15, 0.03, 0.05, 0.06, 0.07, 0.05, 0.06, 0.08, 0.0, 0.08, 0.04, 0.05, 0.06, 0.02, 0.02, 0.03, 0.01];

    public static ModelParameters Model(IReadOnlyList<double>? shares = null)
    {
        shares ??= Shares;
        var profiles = Sectors.All.Select(s => new SectorProfile
        {
            Share = shares[s.Id],
            RevenueMedian = 20 + 5 * s.Id,
            RdPerformerShare = s.IsManufacturing ? 0.5 : 0.3,
            IntensityMedian = s.Key == "integratedCircuits" ? 0.08 : 0.02,
        }).ToList();
        return new ModelParameters(new BehaviourParameters(), profiles, new TraitCorrelations());
    }
}
