using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;

namespace Rdsim.Model.Tests.Policy;

public class TaxComputationTests
{
    private static FirmState NoLosses() => new() { CertificateLastYear = int.MinValue };

    [Property(MaxTest = 2000)]
    public Property Relief_by_instrument_adds_up_to_tax_saved_for_a_firm_without_losses()
    {
        var cases =
            from income in Gen.Choose(-2_000, 200_000).Select(x => x / 10.0)
            from deduction in Gen.Choose(0, 50_000).Select(x => x / 10.0)
            from credit in Gen.Choose(0, 10_000).Select(x => x / 10.0)
            from isHnte in ArbMap.Default.GeneratorFor<bool>()
            select (income, deduction, credit, isHnte);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var policy = new YearPolicy();
            var withState = NoLosses();
            var withoutState = NoLosses();
            var with = TaxComputation.Compute(policy, ref withState, 2020, c.income, c.deduction, c.isHnte, c.credit);
            var without = TaxComputation.Compute(policy.WithoutIncentives(), ref withoutState, 2020, c.income, 0, false, 0);
            var relief = with.ReliefSuperDeduction + with.ReliefHnte + with.ReliefCredit;
            return Math.Abs(without.Tax - with.Tax - relief) <= 1e-9 * Math.Max(1, without.Tax);
        });
    }

    [Fact]
    public void Losses_offset_later_profits_oldest_first_and_expire()
    {
        var policy = new YearPolicy { LossCarryForwardYears = 5 };
        var state = NoLosses();
        TaxComputation.Compute(policy, ref state, 2010, -100, 0, false, 0);
        TaxComputation.Compute(policy, ref state, 2011, -50, 0, false, 0);
        Assert.Equal(150, state.LossesAvailable(2012));

        var year2012 = TaxComputation.Compute(policy, ref state, 2012, 120, 0, false, 0);
        Assert.Equal(0, year2012.TaxableIncome);      // 100 from 2010 and 20 from 2011 used
        Assert.Equal(30, state.LossesAvailable(2013));

        // The 2011 vintage may be used up to 2016 and is gone in 2017.
        Assert.Equal(30, state.LossesAvailable(2016));
        var year2017 = TaxComputation.Compute(policy, ref state, 2017, 30, 0, false, 0);
        Assert.Equal(30, year2017.TaxableIncome);
        Assert.Equal(0.25 * 30, year2017.Tax, 12);
    }

    [Fact]
    public void Hnte_losses_carry_forward_longer_when_the_rule_says_so()
    {
        var policy = new YearPolicy { LossCarryForwardYears = 5, HnteLossCarryForwardYears = 10 };
        var state = NoLosses();
        TaxComputation.Compute(policy, ref state, 2018, -100, 0, true, 0);
        Assert.Equal(100, state.LossesAvailable(2028));
        Assert.Equal(0, state.LossesAvailable(2029));
    }

    [Fact]
    public void Credits_are_not_refundable()
    {
        var state = NoLosses();
        var result = TaxComputation.Compute(new YearPolicy(), ref state, 2020, 10, 0, false, 100);
        Assert.Equal(0, result.Tax);
        Assert.Equal(2.5, result.ReliefCredit, 12);
    }

    [Fact]
    public void Deduction_relief_is_valued_at_the_standard_rate_as_Chinese_statistics_do()
    {
        // Ningbo 2013: a 29.55亿 extra deduction is reported as 7.39亿 of relief (25%).
        var state = NoLosses();
        var result = TaxComputation.Compute(new YearPolicy(), ref state, 2013, 100_000, 2955, false, 0);
        Assert.Equal(738.75, result.ReliefSuperDeduction, 9);
    }
}
