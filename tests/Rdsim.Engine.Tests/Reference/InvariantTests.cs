using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rdsim.Engine;
using Rdsim.Engine.Reference;
using Rdsim.Engine.Results;
using Rdsim.Model.Aggregation;
using Rdsim.Model.Behaviour;
using Rdsim.Model.Policy;

namespace Rdsim.Engine.Tests.Reference;

public class InvariantTests
{
    [Fact]
    public async Task With_every_incentive_off_the_scenario_is_its_own_counterfactual()
    {
        var input = TestInputs.Create(2000, policy: _ => new YearPolicy().WithoutIncentives());
        var result = await new ReferenceEngine().RunAsync(input, null, default);
        foreach (var year in result.Replicates[0].Years)
        {
            Assert.Equal(year.Counterfactual.Total.Sums.Where((_, i) => i != (int)SumMetric.Deadweight),
                year.Scenario.Total.Sums.Where((_, i) => i != (int)SumMetric.Deadweight));
            Assert.Equal(1.0, year.Scenario.Total.MeanBIndex, 12);
            Assert.Equal(0, year.Scenario.Total.TotalRelief);
            var additionality = Additionality.Of(year);
            Assert.Equal(0, additionality.InducedRealRd);
            Assert.Equal(0, additionality.RevenueForgone);
        }
    }

    /// <summary>
    /// Among firms whose taxable income the deduction does not exhaust (margins well above R&amp;D and its deduction), a
    /// higher deduction never lowers R&amp;D. Where it does exhaust it, it can: the extra deduction on the R&amp;D a firm
    /// does anyway uses up its taxable income, and the marginal yuan then saves nothing (docs/model.md §6).
    /// </summary>
    [Property(MaxTest = 12)]
    public Property With_HNTE_off_a_higher_deduction_never_lowers_aggregate_real_RD_of_firms_it_does_not_exhaust()
    {
        var cases =
            from seed in Gen.Choose(1, 1_000_000)
            from low in Gen.Choose(0, 100)
            from step in Gen.Choose(1, 50)
            select (seed: (ulong)seed, low: low / 100.0, high: (low + step) / 100.0);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var low = RealRdByYear(c.seed, c.low);
            var high = RealRdByYear(c.seed, c.high);
            return low.Zip(high).All(pair => pair.Second >= pair.First);
        });
    }

    private static double[] RealRdByYear(ulong seed, double extraRate)
    {
        var input = TestInputs.Create(400, seed: seed, profile: p => p with { MarginMean = 0.6, IntensityLogSd = 0.3 },
            policy: _ => new YearPolicy { HnteEnabled = false, ExtraRate = extraRate });
        var result = new ReferenceEngine(1).RunAsync(input, null, default).GetAwaiter().GetResult();
        return result.Replicates[0].Years.Select(y => y.Scenario.Total[SumMetric.RealRd].Value).ToArray();
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(1.7)]
    public async Task With_full_adjustment_and_no_notch_or_relabelling_the_elasticity_of_RD_to_B_is_epsilon(double epsilon)
    {
        var behaviour = new BehaviourParameters
        {
            UserCostElasticity = epsilon,
            AdjustmentSpeed = 1,
            KnowledgeElasticity = 0,     // revenue does not react, so only the price moves R&D
            MarginShockSd = 0,
            RelabelMarginalCost0 = 10,   // relabelling never pays
        };
        SimulationInput Input(double extraRate) => TestInputs.Create(3000, behaviour: behaviour,
            profile: p => p with { MarginMean = 0.4, MarginSd = 0.01, IntensityLogSd = 0.3 },
            policy: _ => new YearPolicy { HnteEnabled = false, ExtraRate = extraRate, ClaimCost = 0, ExcludedSectors = new bool[Model.Firms.Sectors.Count] });
        var low = await new ReferenceEngine().RunAsync(Input(0.5), null, default);
        var high = await new ReferenceEngine().RunAsync(Input(1.0), null, default);
        var priceRatio = Math.Log(BIndex.Of(0.25, 1.0, 0) / BIndex.Of(0.25, 0.5, 0));
        foreach (var (a, b) in low.Replicates[0].Years.Zip(high.Replicates[0].Years))
        {
            var rdRatio = Math.Log(b.Scenario.Total[SumMetric.RealRd].Value / a.Scenario.Total[SumMetric.RealRd].Value);
            Assert.Equal(-epsilon, rdRatio / priceRatio, 6);
        }
    }

    /// <summary>
    /// The model's own magnitude: for a claimant that pays tax every year, with ε = 1 and full adjustment (λ = 1), desired
    /// R&amp;D is φ·Y/B with B = (1 − τ(1 + s))/(1 − τ), so the induced R&amp;D φ·Y·τs/(1 − τ − τs) equals the tax forgone
    /// τ·((1 + s)·R − φ·Y): one yuan of R&amp;D per yuan forgone. Revenue must not react to knowledge (γ = 0) and nothing
    /// may be relabelled or certified, or the two worlds' incomes differ.
    /// </summary>
    [Theory]
    [InlineData(0.5)]
    [InlineData(0.75)]
    [InlineData(1.0)]
    public async Task A_taxpaying_claimant_at_unit_elasticity_and_full_adjustment_buys_one_yuan_of_RD_per_yuan_forgone(double extraRate)
    {
        var behaviour = new BehaviourParameters
        {
            UserCostElasticity = 1,
            AdjustmentSpeed = 1,
            KnowledgeElasticity = 0,
            RdShockSd = 0,
            RelabelMarginalCost0 = 10,
        };
        var input = TestInputs.Create(2000, behaviour: behaviour,
            profile: p => p with { MarginMean = 0.6, MarginSd = 0.01, IntensityLogSd = 0.3 },
            policy: _ => new YearPolicy { HnteEnabled = false, ExtraRate = extraRate, ClaimCost = 0, ExcludedSectors = new bool[Model.Firms.Sectors.Count] });
        var result = await new ReferenceEngine().RunAsync(input, null, default);
        var years = result.Replicates[0].Years;
        Assert.All(years, y => Assert.Equal(y.Scenario.Total[CountMetric.Firms], y.Scenario.Total[CountMetric.Taxpayers]));
        Assert.All(years, y => Assert.Equal(1, Additionality.Of(y).BangForBuck, 9));
        Assert.Equal(1, Additionality.Of(years).BangForBuck, 9);
    }
}
