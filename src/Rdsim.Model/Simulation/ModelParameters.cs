using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;

namespace Rdsim.Model.Simulation;

/// <summary>Everything about firms and behaviour that does not change by year.</summary>
/// <param name="Behaviour">Behavioural responses (docs/model.md §3).</param>
/// <param name="SectorProfiles">Trait distributions and sector dynamics, indexed by sector id.</param>
/// <param name="Correlations">The copula tying latent R&amp;D intensity to the HNTE criteria.</param>
public sealed record ModelParameters(
    BehaviourParameters Behaviour,
    IReadOnlyList<SectorProfile> SectorProfiles,
    TraitCorrelations Correlations);
