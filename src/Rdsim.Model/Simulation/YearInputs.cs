using Rdsim.Model.Policy;

namespace Rdsim.Model.Simulation;

/// <summary>
/// Everything a firm needs from outside itself to step one year: the policy, its world's feedback
/// (R&amp;D input price, sector knowledge spillovers) and the replicate's seed.
/// </summary>
/// <param name="Year">The year being stepped.</param>
/// <param name="Policy">The policy in force (the counterfactual world gets the no-incentive policy).</param>
/// <param name="Seed">The replicate's seed (see <see cref="Randomness.KeyedRandom.ReplicateSeed"/>).</param>
/// <param name="RdInputPrice">w: R&amp;D input price index, 1 unless the R&amp;D input market is on.</param>
/// <param name="SectorSpillover">Revenue multiplier from each sector's knowledge growth, indexed by sector id.</param>
public sealed record YearInputs(int Year, YearPolicy Policy, ulong Seed, double RdInputPrice, IReadOnlyList<double> SectorSpillover);
