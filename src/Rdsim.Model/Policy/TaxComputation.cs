using Rdsim.Model.Firms;

namespace Rdsim.Model.Policy;

/// <summary>
/// Corporate income tax for one firm-year and the relief it received, by instrument (docs/model.md §4
/// steps 9–10). Relief is decomposed in a fixed order — the deduction at the standard rate, then the
/// HNTE rate cut on what remains taxable, then credits — so that, for a firm with no losses carried,
/// the three add up to the tax it would pay with no incentive minus the tax it pays. The deduction at
/// the standard rate is also how Chinese statistics value it (e.g. Ningbo 2013: 29.55亿 × 25% = 7.39亿).
/// </summary>
public static class TaxComputation
{
    /// <summary>Tax and relief of one firm-year.</summary>
    /// <param name="Tax">Tax paid.</param>
    /// <param name="TaxableIncome">Income taxed after deductions and loss offsets.</param>
    /// <param name="ReliefSuperDeduction">Standard rate × extra deduction used against positive income.</param>
    /// <param name="ReliefHnte">(Standard − preferential rate) × taxable income, for HNTEs.</param>
    /// <param name="ReliefCredit">Credits used (credits are non-refundable).</param>
    /// <param name="DeductionUsedInYear">The part of this year's extra deduction that lowered this year's taxable income.</param>
    /// <param name="DeductionUsedFromLosses">Extra deduction of earlier years, carried in the loss ledger, used this year.</param>
    /// <param name="DeductionExpired">Extra deduction of earlier years, carried in the loss ledger, that expired unused this year.</param>
    public readonly record struct Result(double Tax, double TaxableIncome, double ReliefSuperDeduction, double ReliefHnte, double ReliefCredit,
        double DeductionUsedInYear, double DeductionUsedFromLosses, double DeductionExpired);

    /// <summary>
    /// Computes the tax of <paramref name="year"/> and updates the firm's loss ledger: losses are used
    /// oldest first and expire after their carry-forward period; a negative taxable income adds a vintage.
    /// </summary>
    /// <param name="policy">The year's policy.</param>
    /// <param name="state">The firm's state, whose loss ledger is updated.</param>
    /// <param name="year">The year taxed.</param>
    /// <param name="incomeBeforeDeduction">Profit before R&amp;D less real R&amp;D.</param>
    /// <param name="extraDeduction">The extra deduction claimed, s·(R+L).</param>
    /// <param name="isHnte">Whether the preferential rate applies.</param>
    /// <param name="credit">Credits earned this year.</param>
    public static Result Compute(YearPolicy policy, ref FirmState state, int year, double incomeBeforeDeduction,
        double extraDeduction, bool isHnte, double credit)
    {
        var rate = isHnte ? policy.HnteRate : policy.StandardRate;
        var beforeLosses = incomeBeforeDeduction - extraDeduction;
        var flows = new DeductionFlows();
        var taxable = 0.0;
        var available = state.LossesAvailable(year);
        if (beforeLosses > 0)
        {
            taxable = beforeLosses - UseLosses(ref state, year, beforeLosses, ref flows);
        }
        // The deduction that did not lower this year's income stays in the ledger: as losses it kept from being used
        // this year, and as the deducted part of a new loss. Tagging it lets its later use or expiry be reported.
        var usedWithout = Math.Min(available, Math.Max(0, incomeBeforeDeduction));
        var usedWith = Math.Min(available, Math.Max(0, beforeLosses));
        if (extraDeduction > 0 && usedWithout > usedWith) flows.Used += TagKeptLosses(ref state, year, usedWithout - usedWith);
        if (beforeLosses < 0)
        {
            var slot = FirmState.LossSlot(year);
            state.Losses[slot] = -beforeLosses;
            state.LossFromDeduction[slot] = Math.Min(extraDeduction, -beforeLosses);
            state.LossExpiry[slot] = year + (isHnte ? policy.HnteLossCarryForwardYears : policy.LossCarryForwardYears);
        }
        ExpireLosses(ref state, year, ref flows);

        var taxBeforeCredit = rate * taxable;
        var creditUsed = UseCredits(policy, ref state, year, Math.Max(0, credit), taxBeforeCredit);
        var deductionUsed = Math.Min(extraDeduction, Math.Max(0, incomeBeforeDeduction));
        var usedInYear = Math.Max(0, incomeBeforeDeduction - available) - Math.Max(0, beforeLosses - available);
        return new Result(
            Tax: taxBeforeCredit - creditUsed,
            TaxableIncome: taxable,
            ReliefSuperDeduction: policy.StandardRate * deductionUsed,
            ReliefHnte: isHnte ? (policy.StandardRate - policy.HnteRate) * taxable : 0,
            ReliefCredit: creditUsed,
            DeductionUsedInYear: usedInYear,
            DeductionUsedFromLosses: flows.Used,
            DeductionExpired: flows.Expired);
    }

    /// <summary>
    /// Credits against <paramref name="tax"/>: carried ones first, oldest first, then this year's; what is left of this
    /// year's is carried for <c>credit.carryForwardYears</c> (lost when that is 0). Returns the credits used.
    /// </summary>
    private static double UseCredits(YearPolicy policy, ref FirmState state, int year, double earned, double tax)
    {
        var used = 0.0;
        for (var vintage = year - FirmState.LossSlots + 1; vintage < year; vintage++)
        {
            var slot = FirmState.LossSlot(vintage);
            if (state.Credits[slot] <= 0) continue;
            if (state.CreditExpiry[slot] < year)
            {
                state.Credits[slot] = 0;
                continue;
            }
            var take = Math.Min(state.Credits[slot], tax - used);
            state.Credits[slot] -= take;
            used += take;
        }
        var fromThisYear = Math.Min(earned, tax - used);
        var own = FirmState.LossSlot(year);
        state.Credits[own] = policy.CreditCarryForwardYears > 0 ? earned - fromThisYear : 0;
        state.CreditExpiry[own] = year + policy.CreditCarryForwardYears;
        for (var slot = 0; slot < FirmState.LossSlots; slot++)
        {
            if (state.Credits[slot] > 0 && state.CreditExpiry[slot] <= year) state.Credits[slot] = 0;
        }
        return used + fromThisYear;
    }

    /// <summary>Deferred deduction leaving the loss ledger this year: used against income, or expired.</summary>
    private struct DeductionFlows
    {
        public double Used;
        public double Expired;
    }

    private static double UseLosses(ref FirmState state, int year, double income, ref DeductionFlows flows)
    {
        var used = 0.0;
        for (var vintage = year - FirmState.LossSlots + 1; vintage < year && used < income; vintage++)
        {
            var slot = FirmState.LossSlot(vintage);
            if (state.Losses[slot] <= 0) continue;
            if (state.LossExpiry[slot] < year)
            {
                Drop(ref state, slot, ref flows);
                continue;
            }
            var take = Math.Min(state.Losses[slot], income - used);
            // The deducted part of a vintage is used in proportion: which yuan of a loss is "the deduction's" is a convention.
            var fromDeduction = state.LossFromDeduction[slot] * (take / state.Losses[slot]);
            flows.Used += fromDeduction;
            state.LossFromDeduction[slot] -= fromDeduction;
            state.Losses[slot] -= take;
            if (state.Losses[slot] <= 0) state.LossFromDeduction[slot] = 0;
            used += take;
        }
        return used;
    }

    /// <summary>
    /// Marks <paramref name="amount"/> of the losses left after this year's use — the oldest first, where use would have
    /// gone on without the deduction — as deferred deduction. Where those losses are already deduction (an earlier year's,
    /// carried), this year's deduction took the place of that deduction's use: the earlier one counts as used from losses
    /// this year and this one stays carried in its place. Returns that amount.
    /// </summary>
    private static double TagKeptLosses(ref FirmState state, int year, double amount)
    {
        for (var vintage = year - FirmState.LossSlots + 1; vintage < year && amount > 0; vintage++)
        {
            var slot = FirmState.LossSlot(vintage);
            var untagged = state.Losses[slot] - state.LossFromDeduction[slot];
            if (state.LossExpiry[slot] < year || untagged <= 0) continue;
            var tag = Math.Min(untagged, amount);
            state.LossFromDeduction[slot] += tag;
            amount -= tag;
        }
        return amount;
    }

    /// <summary>Drops vintages that cannot be used after <paramref name="year"/>.</summary>
    private static void ExpireLosses(ref FirmState state, int year, ref DeductionFlows flows)
    {
        for (var slot = 0; slot < FirmState.LossSlots; slot++)
        {
            if (state.Losses[slot] > 0 && state.LossExpiry[slot] <= year) Drop(ref state, slot, ref flows);
        }
    }

    private static void Drop(ref FirmState state, int slot, ref DeductionFlows flows)
    {
        flows.Expired += state.LossFromDeduction[slot];
        state.Losses[slot] = 0;
        state.LossFromDeduction[slot] = 0;
    }
}
