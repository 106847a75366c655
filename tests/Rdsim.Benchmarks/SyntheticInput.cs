using Rdsim.Engine;
using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Benchmarks;

/// <summary>
/// A China-like synthetic input built straight from the model: 19 sector profiles with plausible shares,
/// sizes and R&amp;D propensities, and a policy history shaped like 2008–2024 (150% deduction, 175% from
/// 2018, 200% for manufacturing from 2021, 2016 HNTE rules, 10-year HNTE loss carry-forward from 2018).
/// </summary>
internal static class SyntheticInput
{
    private const int Regions = 50;

    // share, revenue median (mn CNY), performer share, intensity median, high-tech share median, growth drift
    private static readonly (double Share, double Revenue, double Performers, double Intensity, double HighTech, double Growth)[] Profiles =
    [
        (6, 60, 0.55, 0.030, 0.55, 0.07), // electronics
        (0.5, 120, 0.80, 0.080, 0.80, 0.10), // integrated circuits
        (9, 40, 0.50, 0.025, 0.40, 0.05), // machinery
        (1, 50, 0.60, 0.030, 0.45, 0.05), // machine tools
        (3, 80, 0.65, 0.040, 0.60, 0.07), // pharmaceuticals
        (7, 70, 0.45, 0.015, 0.30, 0.04), // chemicals
        (4, 150, 0.50, 0.020, 0.35, 0.05), // automotive
        (5, 50, 0.50, 0.025, 0.40, 0.05), // electrical
        (8, 25, 0.20, 0.008, 0.10, 0.02), // textiles
        (10, 30, 0.30, 0.012, 0.20, 0.03), // other manufacturing
        (0.1, 2000, 0.30, 0.002, 0.05, 0.03), // tobacco
        (7, 15, 0.70, 0.060, 0.70, 0.10), // software
        (3, 10, 0.75, 0.080, 0.60, 0.08), // research services
        (8, 40, 0.15, 0.005, 0.05, 0.04), // construction
        (14, 20, 0.05, 0.003, 0.05, 0.03), // wholesale & retail
        (3, 100, 0.02, 0.001, 0.02, 0.02), // real estate
        (4, 8, 0.02, 0.002, 0.02, 0.02), // accommodation & catering
        (6, 15, 0.10, 0.005, 0.10, 0.04), // leasing & business services
        (1.4, 10, 0.05, 0.003, 0.05, 0.03), // entertainment
    ];

    public static SimulationInput Create(int firms, int firstYear, int lastYear, int warmup, int replications, bool feedback, ulong seed)
    {
        var profiles = Profiles.Select(p => new SectorProfile
        {
            Share = p.Share,
            RevenueMedian = p.Revenue,
            RdPerformerShare = p.Performers,
            IntensityMedian = p.Intensity,
            HighTechShareMedian = p.HighTech,
            GrowthDrift = p.Growth,
        }).ToArray();
        var behaviour = feedback ? new BehaviourParameters { RdSupplyElasticity = 2, Spillover = 0.1 } : new BehaviourParameters();
        var model = new ModelParameters(behaviour, profiles, new TraitCorrelations());
        var sampler = new TraitSampler(profiles, model.Correlations);
        var traits = new FirmTraits[firms];
        // Firms spread over the 50 regions of a synthetic national population (ChineseNameParts.NationalRegions), scattered
        // by id as drawn regions are, so that the region groups cost what they cost in a run.
        Parallel.For(0, firms, i => traits[i] = sampler.Draw(seed, i) with { RegionId = (int)((ulong)i * 2654435761UL % Regions) });
        var manufacturing = Sectors.All.Select(s => s.IsManufacturing).ToArray();
        var negativeList = Sectors.All.Select(s => s.Key is "tobacco" or "realEstate" or "wholesaleRetail" or "accommodationCatering" or "leasingBusinessServices" or "entertainment").ToArray();
        var policy = new PolicySchedule(firstYear, lastYear, year => new YearPolicy
        {
            IntensityBands = year >= 2016 ? IntensityBands.Rules2016 : IntensityBands.Rules2008,
            ExtraRate = year >= 2018 ? 0.75 : 0.5,
            SectorExtraRate = manufacturing.Select(m => m && year >= 2021 ? 1.0 : double.NaN).ToArray(),
            ExcludedSectors = year >= 2016 ? negativeList : new bool[Sectors.Count],
            HnteLossCarryForwardYears = year >= 2018 ? 10 : 5,
        });
        return new SimulationInput(new RunSettings(firstYear, lastYear, warmup, seed, replications), model, policy, traits);
    }

    /// <summary>
    /// <paramref name="points"/> inputs on the same firms, the extra deduction rate of every year set from 50% to 100%
    /// in equal steps: the runs of a one-parameter sweep.
    /// </summary>
    public static IReadOnlyList<SimulationInput> Sweep(SimulationInput input, int points) =>
        [.. Enumerable.Range(0, points).Select(k =>
        {
            var rate = points == 1 ? 0.5 : 0.5 + 0.5 * k / (points - 1);
            return input with { Policy = new PolicySchedule(input.Policy.FirstYear, input.Policy.LastYear, y => input.Policy.At(y) with { ExtraRate = rate }) };
        })];
}
