using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests.Simulation;

/// <summary>
/// New HNTE eligibility over time: core IP acquired with invention patents, and a high-tech revenue share that
/// drifts with knowledge and takes persistent shocks. Both are off by default, and then nothing changes.
/// </summary>
public class NewEligibilityTests
{
    private static readonly double[] NoSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();

    private static List<(FirmTraits Firm, FirmState State, FirmYearOutcome Outcome)> Simulate(BehaviourParameters behaviour, int firms, int years,
        Func<SectorProfile, SectorProfile>? profile = null)
    {
        var baseline = TestModel.Parameters(behaviour);
        var parameters = profile is null ? baseline : baseline with { SectorProfiles = baseline.SectorProfiles.Select(profile).ToArray() };
        var policy = new YearPolicy();
        var rows = new List<(FirmTraits, FirmState, FirmYearOutcome)>();
        foreach (var firm in TestModel.Firms(parameters, firms))
        {
            var state = FirmYear.Initial(firm, parameters, policy, 2010);
            for (var year = 2010; year < 2010 + years; year++)
            {
                var outcome = FirmYear.Step(firm, ref state, new YearInputs(year, policy, 5, 1, NoSpillover), parameters);
                rows.Add((firm, state, outcome));
            }
        }
        return rows;
    }

    [Fact]
    public void The_initial_state_carries_the_drawn_core_IP_and_high_tech_share()
    {
        var parameters = TestModel.Parameters();
        foreach (var firm in TestModel.Firms(parameters, 300))
        {
            var state = FirmYear.Initial(firm, parameters, new YearPolicy(), 2010);
            Assert.Equal(firm.HasCoreIp, state.HasCoreIp);
            Assert.Equal(firm.HighTechShare, state.HighTechShare);
        }
    }

    [Fact]
    public void Switched_off_core_IP_and_the_high_tech_share_stay_the_drawn_traits()
    {
        var rows = Simulate(new BehaviourParameters(), 500, 6);
        Assert.All(rows, r =>
        {
            Assert.Equal(r.Firm.HasCoreIp, r.State.HasCoreIp);
            Assert.Equal(r.Firm.HighTechShare, r.State.HighTechShare);
            Assert.Equal(r.Outcome.Revenue * r.Firm.HighTechShare, r.Outcome.HighTechRevenue);
        });
    }

    [Fact]
    public void Every_invention_patent_gives_core_IP_when_the_probability_is_one_and_none_when_zero()
    {
        Assert.True(FirmYear.AcquiresCoreIp(1, 2, 2013, 1, 1.0));
        Assert.False(FirmYear.AcquiresCoreIp(1, 2, 2013, 5, 0.0));
        Assert.False(FirmYear.AcquiresCoreIp(1, 2, 2013, 0, 0.9));
    }

    [Fact]
    public void The_chance_of_core_IP_rises_with_the_number_of_invention_patents_as_one_minus_the_chance_of_none()
    {
        const double p = 0.2;
        foreach (var patents in new[] { 1, 3 })
        {
            var hits = Enumerable.Range(0, 20_000).Count(id => FirmYear.AcquiresCoreIp(7, id, 2013, patents, p));
            var expected = 1 - Math.Pow(1 - p, patents);
            Assert.InRange(hits / 20_000.0, expected - 0.015, expected + 0.015);
        }
    }

    [Fact]
    public void Firms_without_core_IP_acquire_it_through_invention_patents_and_never_lose_it()
    {
        var rows = Simulate(new BehaviourParameters { CoreIpPerInventionPatent = 0.5 }, 800, 8, p => p with { CoreIpProbability = 0.1 });
        Assert.Contains(rows, r => !r.Firm.HasCoreIp && r.State.HasCoreIp);
        Assert.All(rows, r => Assert.True(!r.Firm.HasCoreIp || r.State.HasCoreIp));
        Assert.All(rows.Where(r => !r.Firm.PerformsRd), r => Assert.Equal(r.Firm.HasCoreIp, r.State.HasCoreIp));
    }

    [Fact]
    public void Acquiring_core_IP_brings_first_certifications_that_fixed_traits_do_not()
    {
        int NewlyCertified(double perPatent) => Simulate(new BehaviourParameters { CoreIpPerInventionPatent = perPatent }, 1500, 8,
            p => p with { CoreIpProbability = 0.05 }).Count(r => r.Outcome.NewlyCertified && r.Outcome.Revenue > 0 && r.State.Year >= 2013);
        Assert.True(NewlyCertified(0.3) > NewlyCertified(0) + 10);
    }

    [Fact]
    public void The_high_tech_share_rises_with_knowledge_growth_by_kappa_in_log_odds()
    {
        var b = new BehaviourParameters { HighTechKnowledgeElasticity = 2, KnowledgeFloor = 0 };
        var next = FirmYear.NextHighTechShare(0.5, 10, 10 * Math.Exp(0.1), 0, b);
        Assert.Equal(0.2, Math.Log(next / (1 - next)), 12);
        Assert.Equal(0.5, FirmYear.NextHighTechShare(0.5, 10, 10, 0, b), 12);
    }

    [Fact]
    public void The_high_tech_shock_moves_the_log_odds_by_its_sd_and_shares_stay_inside_zero_and_one()
    {
        var b = new BehaviourParameters { HighTechShareShockSd = 0.4 };
        var next = FirmYear.NextHighTechShare(0.3, 5, 5, -1.5, b);
        Assert.Equal(Math.Log(0.3 / 0.7) - 0.6, Math.Log(next / (1 - next)), 12);
        var rows = Simulate(new BehaviourParameters { HighTechShareShockSd = 0.5, HighTechKnowledgeElasticity = 3 }, 400, 8);
        Assert.All(rows, r => Assert.InRange(r.State.HighTechShare, 0, 1));
        Assert.Contains(rows, r => r.State.HighTechShare != r.Firm.HighTechShare);
    }

    [Fact]
    public void High_tech_revenue_uses_the_share_held_at_the_start_of_the_year()
    {
        var parameters = TestModel.Parameters(new BehaviourParameters { HighTechShareShockSd = 0.5 });
        var policy = new YearPolicy();
        foreach (var firm in TestModel.Firms(parameters, 100))
        {
            var state = FirmYear.Initial(firm, parameters, policy, 2010);
            for (var year = 2010; year < 2014; year++)
            {
                var share = state.HighTechShare;
                var outcome = FirmYear.Step(firm, ref state, new YearInputs(year, policy, 5, 1, NoSpillover), parameters);
                Assert.Equal(outcome.Revenue * share, outcome.HighTechRevenue, 9);
            }
        }
    }

    [Fact]
    public void A_larger_spread_puts_more_firms_far_from_the_median_high_tech_share()
    {
        static int Extreme(double spread)
        {
            var profiles = Sectors.All.Select(_ => new SectorProfile { Share = 1, HighTechShareMedian = 0.3, HighTechShareSpread = spread }).ToArray();
            var sampler = new TraitSampler(profiles, new TraitCorrelations());
            return Enumerable.Range(0, 4000).Count(i => sampler.Draw(3, i).HighTechShare >= 0.6);
        }
        Assert.True(Extreme(2) > Extreme(1) + 200);
    }
}
