using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rdsim.Model.Behaviour;
using Rdsim.Model.Firms;

namespace Rdsim.Model.Tests.Behaviour;

/// <summary>The value of one more yuan of deduction or credit, from the firm's ledgers and expected income (step 3).</summary>
public class TaxOutlookTests
{
    private const int Year = 2020;
    private const double R = 0.08;

    private static FirmState WithLosses(params (int Vintage, double Amount, int Expiry)[] losses)
    {
        var state = new FirmState { CertificateLastYear = int.MinValue };
        foreach (var (vintage, amount, expiry) in losses)
        {
            state.Losses[FirmState.LossSlot(vintage)] = amount;
            state.LossExpiry[FirmState.LossSlot(vintage)] = expiry;
        }
        return state;
    }

    private static TaxOutlook.IncomePath Path(double thisYear, double nextYear, double growth = 1, int carryForward = 5) =>
        new(Year, thisYear, nextYear, growth, carryForward, R);

    [Fact]
    public void A_yuan_deducted_against_income_this_year_is_worth_the_full_rate()
    {
        Assert.Equal(1, TaxOutlook.DeductionValue(WithLosses(), Path(100, 100)));
        Assert.Equal(1, TaxOutlook.DeductionValue(WithLosses((2018, 30, 2023)), Path(100, -50)));
    }

    [Fact]
    public void A_loss_used_two_years_later_is_worth_one_over_one_plus_r_squared()
    {
        // An old loss of 50 comes first; this year's loss of 10 (and the marginal yuan with it) is used in 2022, when
        // income of 40 a year has used up the old loss and reaches this year's.
        var state = WithLosses((2017, 50, 2025));
        Assert.Equal(1 / ((1 + R) * (1 + R)), TaxOutlook.DeductionValue(state, Path(-10, 40)), 15);
    }

    [Fact]
    public void A_yuan_that_only_keeps_back_a_carried_loss_is_worth_what_that_loss_saves_later()
    {
        // Income 30 against a carried loss of 100 (to 2024): a yuan more of deduction leaves a yuan more of that loss,
        // used in 2021 when income of 80 uses the remaining 70 and more.
        var state = WithLosses((2018, 100, 2024));
        Assert.Equal(1 / (1 + R), TaxOutlook.DeductionValue(state, Path(30, 80)), 15);
    }

    [Fact]
    public void A_firm_that_pays_no_tax_within_the_carry_forward_window_gets_nothing_from_a_deduction()
    {
        Assert.Equal(0, TaxOutlook.DeductionValue(WithLosses(), Path(-10, -5)));
        Assert.Equal(0, TaxOutlook.DeductionValue(WithLosses(), Path(-10, 0)));
        // Income comes, but an old loss absorbs it until this year's loss has expired (5 years).
        var state = WithLosses((2016, 1000, 2030));
        Assert.Equal(0, TaxOutlook.DeductionValue(state, Path(-10, 20, carryForward: 5)));
    }

    [Fact]
    public void A_credit_larger_than_the_tax_is_lost_without_carry_forward_and_worth_its_discounted_use_with_it()
    {
        var state = WithLosses();
        // Tax 25 at 25% on income 100: a credit of 10 is used in full; a credit of 30 leaves its marginal yuan unused.
        Assert.Equal(1, TaxOutlook.CreditValue(state, Path(100, 100), 0.25, 10, 0));
        Assert.Equal(0, TaxOutlook.CreditValue(state, Path(100, 100), 0.25, 30, 0));
        // With carry-forward, the 5 left over are used against next year's tax of 25.
        Assert.Equal(1 / (1 + R), TaxOutlook.CreditValue(state, Path(100, 100), 0.25, 30, 3), 15);
        // A firm in loss uses it once its income, after the loss, is taxed.
        // (2022: the loss of 100 leaves 20 taxable, tax 5, more than the credit of 4.)
        Assert.Equal(1 / ((1 + R) * (1 + R)), TaxOutlook.CreditValue(state, Path(-100, 60), 0.25, 4, 5), 15);
    }

    [Fact]
    public void The_value_of_the_rate_counts_carried_losses()
    {
        var state = WithLosses((2019, 150, 2024));
        // Income 100 a year for three years: the loss of 150 leaves 0, 50 and 100 taxable.
        var value = TaxOutlook.DiscountedTaxableIncome(state, Path(100, 100), 3);
        Assert.Equal(50 / (1 + R) + 100 / ((1 + R) * (1 + R)), value, 12);
    }

    [Fact]
    public void A_deduction_larger_than_the_income_it_meets_saves_the_tax_on_that_income()
    {
        var none = WithLosses();
        // Covered by this year's income: the whole amount.
        Assert.Equal(30, TaxOutlook.DeductionSaving(none, Path(100, 100), 30));
        // Income 20, deduction 50, losses ahead: the last yuan is worth nothing, yet the deduction saves the tax on 20.
        Assert.Equal(0, TaxOutlook.DeductionValue(none, Path(20 - 50, -5)));
        Assert.Equal(20, TaxOutlook.DeductionSaving(none, Path(20, -5), 50), 12);
        // Income 20 now and 10 a year after: the loss of 30 takes the next three years' income, the rest stays taxed.
        var d = 1 / (1 + R);
        Assert.Equal(20 + 10 * (d + d * d + d * d * d), TaxOutlook.DeductionSaving(none, Path(20, 10), 50), 12);
        // Nothing for nothing, and nothing to a firm in loss throughout.
        Assert.Equal(0, TaxOutlook.DeductionSaving(none, Path(20, 10), 0));
        Assert.Equal(0, TaxOutlook.DeductionSaving(none, Path(-20, -10), 50));
        // A carried loss that this year's income would use is kept back, and used in 2021 against income of 80.
        Assert.Equal(10 * d, TaxOutlook.DeductionSaving(WithLosses((2018, 100, 2024)), Path(30, 80), 10), 12);
    }

    [Property(MaxTest = 1000)]
    public Property A_deductions_saving_lies_between_nothing_and_its_amount_grows_with_it_and_adds_up()
    {
        var cases =
            from carryForward in Gen.Choose(1, 10)
            from losses in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Loss(carryForward), n))
            from thisYear in Gen.Choose(-300, 300).Select(x => (double)x)
            from nextYear in Gen.Choose(-100, 300).Select(x => (double)x)
            from growth in Gen.Choose(90, 120).Select(x => x / 100.0)
            from first in Gen.Choose(0, 300).Select(x => (double)x)
            from second in Gen.Choose(0, 300).Select(x => (double)x)
            select (losses, thisYear, nextYear, growth, carryForward, first, second);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var state = WithLosses(c.losses.GroupBy(l => l.Vintage).Select(g => g.First()).ToArray());
            var path = Path(c.thisYear, c.nextYear, c.growth, c.carryForward);
            var first = TaxOutlook.DeductionSaving(state, path, c.first);
            var both = TaxOutlook.DeductionSaving(state, path, c.first + c.second);
            // The second amount is deducted from the income the first leaves.
            var then = TaxOutlook.DeductionSaving(state, path with { ThisYear = c.thisYear - c.first }, c.second);
            return first is >= 0 && first <= c.first && both >= first - 1e-9 && both <= c.first + c.second
                && Math.Abs(both - (first + then)) < 1e-9;
        });
    }

    /// <summary>A loss of a past year, carried for <paramref name="years"/> years like every other (the ordinary rule).</summary>
    private static Gen<(int Vintage, double Amount, int Expiry)> Loss(int years) =>
        from age in Gen.Choose(1, years)
        from amount in Gen.Choose(1, 500).Select(x => (double)x)
        select (Year - age, amount, Year - age + years);

    [Property(MaxTest = 2000)]
    public Property The_value_never_exceeds_the_statutory_rate_and_a_loss_added_never_raises_it()
    {
        var cases =
            from carryForward in Gen.Choose(1, 10)
            from losses in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Loss(carryForward), n))
            from extra in Loss(carryForward)
            from thisYear in Gen.Choose(-300, 300).Select(x => (double)x)
            from nextYear in Gen.Choose(-100, 300).Select(x => (double)x)
            from growth in Gen.Choose(90, 120).Select(x => x / 100.0)
            select (losses, extra, thisYear, nextYear, growth, carryForward);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var distinct = c.losses.GroupBy(l => l.Vintage).Select(g => g.First()).Where(l => l.Vintage != c.extra.Vintage).ToArray();
            var path = Path(c.thisYear, c.nextYear, c.growth, c.carryForward);
            var without = TaxOutlook.DeductionValue(WithLosses(distinct), path);
            var with = TaxOutlook.DeductionValue(WithLosses([.. distinct, c.extra]), path);
            return without is >= 0 and <= 1 && with is >= 0 and <= 1 && with <= without + 1e-15;
        });
    }

    [Fact]
    public void With_carry_forward_periods_that_differ_an_older_longer_lived_loss_can_raise_the_value()
    {
        // Losses are used oldest first (EIT Law art. 18). Income 109 against a 2018 loss of 116 that expires this year:
        // a yuan more of deduction keeps back a yuan of that loss, which then expires — worth nothing. Add an older loss
        // that may be carried to 2026 (an HNTE's ten-year loss beside a five-year one): income now uses it first, and the
        // yuan kept back is a long-lived one, used next year. This is the law, not an error in the outlook.
        var path = Path(109, 299);
        Assert.Equal(0, TaxOutlook.DeductionValue(WithLosses((2018, 116, 2020)), path));
        Assert.Equal(1 / (1 + R), TaxOutlook.DeductionValue(WithLosses((2018, 116, 2020), (2017, 123, 2026)), path), 15);
    }
}
