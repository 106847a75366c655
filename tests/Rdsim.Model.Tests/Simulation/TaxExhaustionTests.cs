using Rdsim.Model.Firms;
using Rdsim.Model.Policy;
using Rdsim.Model.Simulation;

namespace Rdsim.Model.Tests.Simulation;

/// <summary>
/// An incentive is worth what it saves in tax (docs/model.md §4 step 3): nothing to a firm that never pays tax while a
/// loss can be carried, the full rate to one that always does.
/// </summary>
public class TaxExhaustionTests
{
    private static readonly double[] NoSpillover = Enumerable.Repeat(1.0, Sectors.Count).ToArray();

    private static readonly YearPolicy Generous = new() { ExtraRate = 1, VolumeCreditRate = 0.2, ClaimCost = 0 };

    /// <summary>Both worlds of every firm, year by year, for firms drawn with margin <paramref name="margin"/>.</summary>
    private static List<(FirmYearOutcome Scenario, FirmYearOutcome Counterfactual)> Simulate(double margin, YearPolicy policy, int years = 12)
    {
        var parameters = TestModel.Parameters();
        var pairs = new List<(FirmYearOutcome, FirmYearOutcome)>();
        foreach (var drawn in TestModel.Firms(parameters, 400))
        {
            var firm = drawn with { Margin = margin };
            var scenario = FirmYear.Initial(firm, parameters, policy, 2010);
            var counterfactual = FirmYear.Initial(firm, parameters, policy.WithoutIncentives(), 2010);
            for (var year = 2010; year < 2010 + years; year++)
            {
                pairs.Add(PairedYear.Step(firm, ref scenario, ref counterfactual,
                    new YearInputs(year, policy, 5, 1, NoSpillover), new YearInputs(year, policy.WithoutIncentives(), 5, 1, NoSpillover), parameters));
            }
        }
        return pairs;
    }

    [Fact]
    public void A_firm_that_never_pays_tax_does_not_respond_at_all()
    {
        // A margin of −30% of revenue: losses every year, none ever used.
        var pairs = Simulate(-0.3, Generous);
        Assert.All(pairs, p =>
        {
            Assert.Equal(0, p.Scenario.Tax);
            Assert.Equal(0, p.Scenario.MarginalTaxRate);
            Assert.Equal(1, p.Scenario.BIndex);
            Assert.Equal(p.Counterfactual.RealRd, p.Scenario.RealRd);
            Assert.Equal(p.Counterfactual.ReportedRd, p.Scenario.ReportedRd);
            Assert.False(p.Scenario.IsHnte);
            Assert.False(p.Scenario.IsClaimant);
        });
        Assert.Contains(pairs, p => p.Scenario.RealRd > 0);
    }

    [Fact]
    public void A_firm_that_always_pays_tax_plans_at_the_statutory_rate_and_its_credit_at_the_full_rate()
    {
        // A margin of five times revenue: taxable income after R&D, the deduction and the credit every year.
        var policy = Generous with { HnteEnabled = false };
        var pairs = Simulate(5, policy);
        Assert.All(pairs, p =>
        {
            Assert.True(p.Scenario.Tax > 0);
            if (p.Scenario.ReportedRd == 0) return;
            Assert.Equal(0.25, p.Scenario.MarginalTaxRate);
            Assert.Equal(BIndex.Of(0.25, 1, 0.2), p.Scenario.BIndex);
        });
    }

    [Fact]
    public void A_firm_in_loss_that_expects_income_plans_at_a_discounted_rate()
    {
        // A thin margin with shocks: some years in loss, losses used later.
        var parameters = TestModel.Parameters(new Model.Behaviour.BehaviourParameters { MarginShockSd = 0.2 });
        var policy = Generous with { HnteEnabled = false, VolumeCreditRate = 0 };
        var rates = new List<double>();
        foreach (var drawn in TestModel.Firms(parameters, 200))
        {
            var firm = drawn with { Margin = 0.15 };
            var state = FirmYear.Initial(firm, parameters, policy, 2010);
            for (var year = 2010; year < 2025; year++)
            {
                rates.Add(FirmYear.Step(firm, ref state, new YearInputs(year, policy, 9, 1, NoSpillover), parameters).MarginalTaxRate);
            }
        }
        Assert.Contains(rates, r => r == 0.25);
        Assert.Contains(rates, r => r > 0 && r < 0.25);
        Assert.All(rates, r => Assert.InRange(r, 0, 0.25));
    }

    [Fact]
    public void A_claim_that_wipes_out_this_years_tax_is_made_though_its_last_yuan_is_never_used()
    {
        // A margin of 1.6 × the latent intensity φ: without the deduction the firm pays tax on 0.6·φ·Y; a 100% extra
        // deduction on φ·Y turns that into a loss of 0.4·φ·Y, and claiming every year keeps it in loss, so the last
        // yuan of the deduction is never used (τ_m = 0). Claiming still saves most or all of this year's tax: every such firm claims.
        var parameters = TestModel.Parameters(new Model.Behaviour.BehaviourParameters { MarginShockSd = 0, RdShockSd = 0 });
        var policy = Generous with { HnteEnabled = false, VolumeCreditRate = 0 };
        var performers = 0;
        foreach (var drawn in TestModel.Firms(parameters, 200).Where(f => f.PerformsRd))
        {
            var firm = drawn with { Margin = 1.6 * drawn.LatentIntensity };
            var scenario = FirmYear.Initial(firm, parameters, policy, 2010);
            var counterfactual = FirmYear.Initial(firm, parameters, policy.WithoutIncentives(), 2010);
            var (claimed, none) = PairedYear.Step(firm, ref scenario, ref counterfactual,
                new YearInputs(2010, policy, 5, 1, NoSpillover), new YearInputs(2010, policy.WithoutIncentives(), 5, 1, NoSpillover), parameters);
            Assert.Equal(0, claimed.MarginalTaxRate);
            Assert.True(claimed.IsClaimant, $"firm {firm.Id} does not claim a deduction that saves {none.Tax - claimed.Tax:F4} of tax");
            Assert.True(none.Tax > 0);
            Assert.True(claimed.Tax < none.Tax);
            performers++;
        }
        Assert.True(performers > 50, $"only {performers} performers drawn");
    }
}
