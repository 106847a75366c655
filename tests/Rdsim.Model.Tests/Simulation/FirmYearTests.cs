using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests.Simulation;

public class FirmYearTests
{
    private static readonly double[] NoSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();

    private static IEnumerable<FirmYearOutcome> Simulate(YearPolicy policy, int firms, int years)
    {
        var parameters = TestModel.Parameters();
        foreach (var firm in TestModel.Firms(parameters, firms))
        {
            var state = FirmYear.Initial(firm, parameters, policy, 2010);
            for (var year = 2010; year < 2010 + years; year++)
            {
                yield return FirmYear.Step(firm, ref state, new YearInputs(year, policy, 5, 1, NoSpillover), parameters);
            }
        }
    }

    [Fact]
    public void With_every_incentive_off_B_is_one_and_there_is_no_relief()
    {
        var outcomes = Simulate(new YearPolicy { ExtraRate = 1, VolumeCreditRate = 0.2 }.WithoutIncentives(), 2000, 6).ToList();
        Assert.All(outcomes, o =>
        {
            Assert.Equal(1.0, o.BIndex);
            Assert.Equal(0, o.TotalRelief);
            Assert.Equal(0, o.DeductedAmount);
            Assert.Equal(0, o.RelabeledRd);
            Assert.False(o.IsHnte);
            Assert.False(o.IsClaimant);
        });
        Assert.Contains(outcomes, o => o.RealRd > 0);
    }

    [Fact]
    public void Under_incentives_some_firms_claim_some_are_certified_and_B_falls()
    {
        var outcomes = Simulate(new YearPolicy { ExtraRate = 1 }, 2000, 6).ToList();
        Assert.Contains(outcomes, o => o.IsClaimant && o.BIndex < 1);
        Assert.Contains(outcomes, o => o.IsHnte && o.ReliefHnte > 0);
        Assert.Contains(outcomes, o => o.NewlyCertified);
        Assert.All(outcomes, o => Assert.True(o.ReportedRd >= o.RealRd && o.RealRd >= 0));
    }

    [Fact]
    public void A_volume_credit_on_reported_RnD_invites_relabelling_as_the_deduction_does()
    {
        var neutral = new YearPolicy { ExtraRate = 0, HnteEnabled = false };
        Assert.All(Simulate(neutral, 500, 3), o => Assert.Equal(0, o.RelabeledRd));
        // 0.3 per reported yuan exceeds the first relabelled yuan's expected audit cost (0.2): performers relabel.
        var credit = Simulate(neutral with { VolumeCreditRate = 0.3 }, 500, 3).ToList();
        Assert.Contains(credit, o => o.RelabeledRd > 0);
        Assert.All(credit, o => Assert.Equal(o.ReportedRd > 0, o.EarnsCredit)); // every firm reporting R&D earns the volume credit
        Assert.All(credit, o => Assert.Equal(o.RealRd + o.RelabeledRd, o.ReportedRd, 9));
        // The deduction's τ·s (0.25 × 1.0) and the credit (0.3) add up: more is relabelled with both.
        var both = Simulate(neutral with { VolumeCreditRate = 0.3, ExtraRate = 1 }, 500, 3).Sum(o => o.RelabeledRd);
        Assert.True(both > credit.Sum(o => o.RelabeledRd), $"{both} vs {credit.Sum(o => o.RelabeledRd)}");
    }

    [Fact]
    public void A_deduction_nobody_finds_worth_claiming_changes_nothing_from_the_first_year_on()
    {
        // Every firm starts at the R&D it would keep up: with a claim cost no one pays, that is the no-incentive level,
        // so revenue and R&D match the counterfactual's exactly (they fell below it when firms started as claimants).
        var unclaimed = new YearPolicy { ExtraRate = 0.75, ClaimCost = 1e12, HnteEnabled = false };
        var scenario = Simulate(unclaimed, 500, 6).ToList();
        var counterfactual = Simulate(unclaimed.WithoutIncentives(), 500, 6).ToList();
        Assert.All(scenario, o => Assert.False(o.IsClaimant));
        Assert.Equal(counterfactual.Select(o => (o.Revenue, o.RealRd)), scenario.Select(o => (o.Revenue, o.RealRd)));
    }

    [Fact]
    public void Stepping_is_pure_the_same_state_and_inputs_give_the_same_outcome()
    {
        var parameters = TestModel.Parameters();
        var policy = new YearPolicy();
        foreach (var firm in TestModel.Firms(parameters, 200))
        {
            var state = FirmYear.Initial(firm, parameters, policy, 2010);
            var copy = state;
            var inputs = new YearInputs(2010, policy, 9, 1, NoSpillover);
            Assert.Equal(FirmYear.Step(firm, ref state, inputs, parameters), FirmYear.Step(firm, ref copy, inputs, parameters));
        }
    }

    [Fact]
    public void A_firm_cannot_skip_a_year()
    {
        var parameters = TestModel.Parameters();
        var firm = TestModel.Firms(parameters, 1)[0];
        var state = FirmYear.Initial(firm, parameters, new YearPolicy(), 2010);
        Assert.Throws<InvalidOperationException>(() =>
            FirmYear.Step(firm, ref state, new YearInputs(2012, new YearPolicy(), 1, 1, NoSpillover), parameters));
    }

    [Fact]
    public void Certified_firms_meet_the_intensity_test_on_their_window()
    {
        var outcomes = Simulate(new YearPolicy(), 3000, 8).Where(o => o.IsHnte).ToList();
        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.True(o.WindowIntensity >= new YearPolicy().IntensityBands.ThresholdFor(o.Revenue) - 1e-9));
    }
}
