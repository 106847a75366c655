using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Scenarios.Tests.Populations;

/// <summary>
/// Young technology firms among a synthetic population's entrants (population.techEntrantShare, by entry year): a share of
/// each cohort is drawn as technology firms, and nothing else about the population moves.
/// </summary>
public sealed class TechnologyEntrantTests
{
    private const int Firms = 2_000;
    private static readonly Rdsim.Model.Simulation.ModelParameters Model = TestModels.Model();
    private static readonly PopulationTurnover Turnover = new(EntryRate: 0.1, ExitRate: 0.08, FirstYear: 2010, LastYear: 2015);

    private static FirmTraits[] Population(YearKeyed<double> share, double intensityScale = 1, ulong seed = 21) =>
        PopulationBuilder.SyntheticTraits(Model, seed, Firms, Turnover with { Technology = new TechnologyEntry(share, intensityScale) });

    /// <summary>The entrants that are not what they would be without technology entrants, by entry year.</summary>
    private static Dictionary<int, int> Changed(FirmTraits[] firms, FirmTraits[] without) =>
        firms.Zip(without).Where(p => p.First != p.Second).GroupBy(p => p.First.EntryYear).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void A_share_of_zero_in_every_year_draws_exactly_the_population_without_technology_entrants()
    {
        var without = PopulationBuilder.SyntheticTraits(Model, 21, Firms, Turnover);
        Assert.Equal(without, Population(new YearKeyed<double>([new(2010, 0.0), new(2013, 0.0)]), intensityScale: 2));
    }

    [Fact]
    public void A_share_of_one_makes_every_entrant_a_performer_and_leaves_the_first_year_firms_alone()
    {
        var without = PopulationBuilder.SyntheticTraits(Model, 21, Firms, Turnover);
        var all = Population(new YearKeyed<double>(1));

        Assert.Equal(without.Length, all.Length);
        Assert.Equal(without.Take(Firms), all.Take(Firms));
        Assert.All(all.Skip(Firms), f => Assert.True(f.PerformsRd));
        // Entry and exit years are the firm's, not its kind's.
        Assert.Equal(without.Select(f => (f.EntryYear, f.ExitYear)), all.Select(f => (f.EntryYear, f.ExitYear)));
        // Without them, entrants perform at the sectors' shares (0.3–0.5).
        Assert.InRange(without.Skip(Firms).Count(f => f.PerformsRd) / (double)(without.Length - Firms), 0.3, 0.5);
    }

    [Fact]
    public void Each_cohort_has_exactly_the_share_of_its_entry_year()
    {
        var without = PopulationBuilder.SyntheticTraits(Model, 21, Firms, Turnover);
        var stepped = Population(new YearKeyed<double>([new(2010, 0.0), new(2013, 0.25)]));

        // Cohorts of 200 from 2011: none before 2013, then 50 a year; the other entrants are drawn as before.
        Assert.Equal(new Dictionary<int, int> { [2013] = 50, [2014] = 50, [2015] = 50 }, Changed(stepped, without));
        Assert.All(stepped.Where(f => f.EntryYear >= 2013).GroupBy(f => f.EntryYear), cohort =>
            Assert.True(cohort.Count(f => f.PerformsRd) >= 50));
    }

    [Fact]
    public void The_same_seed_draws_the_same_technology_entrants_and_another_seed_others()
    {
        var share = new YearKeyed<double>(0.4);
        Assert.Equal(Population(share), Population(share));
        Assert.NotEqual(Population(share).Skip(Firms).Select(f => f.Revenue0), Population(share, seed: 22).Skip(Firms).Select(f => f.Revenue0));
    }
}
