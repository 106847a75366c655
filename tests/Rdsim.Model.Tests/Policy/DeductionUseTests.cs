using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rdsim.Model.Firms;
using Rdsim.Model.Policy;

namespace Rdsim.Model.Tests.Policy;

/// <summary>Where the extra deduction goes: used against the year's income, carried as a loss and used later, or expired.</summary>
public class DeductionUseTests
{
    private static FirmState NoLosses() => new() { CertificateLastYear = int.MinValue };

    private static double DeductionInLedger(in FirmState state)
    {
        var total = 0.0;
        for (var i = 0; i < FirmState.LossSlots; i++) total += state.LossFromDeduction[i];
        return total;
    }

    [Fact]
    public void A_profitable_firm_uses_its_whole_deduction_in_the_year()
    {
        var state = NoLosses();
        var result = TaxComputation.Compute(new YearPolicy(), ref state, 2020, 100, 30, false, 0);
        Assert.Equal(30, result.DeductionUsedInYear);
        Assert.Equal(0, DeductionInLedger(state));
    }

    [Fact]
    public void A_deduction_that_makes_a_loss_is_carried_and_counted_when_used_later()
    {
        var policy = new YearPolicy { LossCarryForwardYears = 5 };
        var state = NoLosses();
        // Income 20 before a deduction of 50: 20 used now, a loss of 30 that is all deduction.
        var year1 = TaxComputation.Compute(policy, ref state, 2020, 20, 50, false, 0);
        Assert.Equal(20, year1.DeductionUsedInYear);
        Assert.Equal(30, state.LossesAvailable(2021));
        Assert.Equal(30, DeductionInLedger(state));

        var year2 = TaxComputation.Compute(policy, ref state, 2021, 10, 0, false, 0);
        Assert.Equal(10, year2.DeductionUsedFromLosses, 12);
        Assert.Equal(20, DeductionInLedger(state), 12);
    }

    [Fact]
    public void A_deduction_that_only_spares_carried_losses_is_used_later_or_expires_with_them()
    {
        var policy = new YearPolicy { LossCarryForwardYears = 2 };
        var state = NoLosses();
        TaxComputation.Compute(policy, ref state, 2020, -100, 0, false, 0);   // an ordinary loss of 100, usable to 2022
        // Income 60 would use 60 of the loss; a deduction of 40 leaves income 20: 40 more of the loss is kept, as deduction.
        var year2 = TaxComputation.Compute(policy, ref state, 2021, 60, 40, false, 0);
        Assert.Equal(0, year2.DeductionUsedInYear);
        Assert.Equal(80, state.LossesAvailable(2022));
        Assert.Equal(40, DeductionInLedger(state));
        // Nothing to use it against in 2022: the vintage expires with its 40 of deduction.
        var year3 = TaxComputation.Compute(policy, ref state, 2022, 0, 0, false, 0);
        Assert.Equal(40, year3.DeductionExpired, 12);
        Assert.Equal(0, DeductionInLedger(state));
    }

    [Property(MaxTest = 500)]
    public Property Every_yuan_of_deduction_is_used_in_its_year_used_later_expired_or_still_carried()
    {
        var years =
            from income in Gen.Choose(-3_000, 3_000).Select(x => x / 10.0)
            from deduction in Gen.Choose(0, 2_000).Select(x => x / 10.0)
            from isHnte in ArbMap.Default.GeneratorFor<bool>()
            select (income, deduction, isHnte);
        var paths = Gen.Choose(1, 30).SelectMany(n => Gen.ArrayOf(years, n));
        return Prop.ForAll(paths.ToArbitrary(), path =>
        {
            var policy = new YearPolicy { LossCarryForwardYears = 5, HnteLossCarryForwardYears = 10 };
            var state = NoLosses();
            double deducted = 0, accounted = 0;
            var year = 2000;
            foreach (var (income, deduction, isHnte) in path)
            {
                var result = TaxComputation.Compute(policy, ref state, year++, income, deduction, isHnte, 0);
                deducted += deduction;
                accounted += result.DeductionUsedInYear + result.DeductionUsedFromLosses + result.DeductionExpired;
                for (var i = 0; i < FirmState.LossSlots; i++)
                {
                    if (state.LossFromDeduction[i] > state.Losses[i] + 1e-9) return false;
                }
            }
            return Math.Abs(deducted - accounted - DeductionInLedger(state)) <= 1e-9 * Math.Max(1, deducted);
        });
    }
}
