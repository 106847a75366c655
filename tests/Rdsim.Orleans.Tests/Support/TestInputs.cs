using Rdsim.Engine;
using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Orleans.Tests.Support;

/// <summary>Small synthetic runs that exercise every policy instrument and, optionally, both feedbacks and firm turnover.</summary>
internal static class TestInputs
{
    public static SimulationInput Create(int firms, int replications = 2, bool feedback = true, ulong seed = 42, int warmup = 2, bool turnover = false,
        bool technologyEntrants = false)
    {
        var profiles = Enumerable.Range(0, Sectors.Count).Select(i => new SectorProfile
        {
            Share = 1 + i % 4,
            RevenueMedian = 15 + 10 * (i % 5),
            RdPerformerShare = 0.35 + 0.05 * (i % 6),
            IntensityMedian = 0.015 + 0.005 * (i % 5),
            HighTechShareMedian = 0.3 + 0.08 * (i % 5),
            RdStaffShareMedian = 0.08 + 0.02 * (i % 4),
            GrowthDrift = 0.02 + 0.01 * (i % 4),
        }).ToArray();
        var behaviour = new BehaviourParameters { RdSupplyElasticity = feedback ? 1.5 : 0, Spillover = feedback ? 0.2 : 0 };
        var model = new ModelParameters(behaviour, profiles, new TraitCorrelations());
        var sampler = new TraitSampler(profiles, model.Correlations);
        // Half the entrants (below) drawn as young technology firms, at 1.5 × their sectors' performer intensity.
        var traits = Enumerable.Range(0, firms)
            .Select(i => technologyEntrants && i % 8 == 0 ? sampler.DrawTechnologyFirm(seed, i, 1.5) : sampler.Draw(seed, i)).ToArray();
        if (turnover || technologyEntrants)
        {
            // Every fourth firm enters during the run (one in its first warm-up year); all may leave at 15% a year.
            traits = traits.Select(t => t with
            {
                EntryYear = t.Id % 4 == 0 ? 2010 - warmup + t.Id % 7 : FirmTraits.FromStart,
                ExitYear = Demography.ExitYear(seed, t.Id, 2011 + t.Id % 3, 2014, 0.15),
            }).ToArray();
        }
        var sectorRates = Enumerable.Range(0, Sectors.Count).Select(s => s == 1 ? 1.2 : double.NaN).ToArray();
        var excluded = Enumerable.Range(0, Sectors.Count).Select(s => s == 10 || s == 15).ToArray();
        var policy = new PolicySchedule(2010, 2014, year => year < 2012
            ? new YearPolicy()
            : new YearPolicy
            {
                ExtraRate = 0.75,
                // The last year: four bands, each edge with its own rule, as an analyst might write them.
                IntensityBands = year < 2014 ? IntensityBands.Rules2016 : new IntensityBands([20, 50, 200], [0.07, 0.05, 0.04, 0.03], [false, true, true]),
                SectorExtraRate = sectorRates,
                ExcludedSectors = excluded,
                VolumeCreditRate = 0.02,
                IncrementalCreditRate = 0.1,
                HnteLossCarryForwardYears = 10,
            });
        return new SimulationInput(new RunSettings(2010, 2014, warmup, seed, replications), model, policy, traits);
    }
}
