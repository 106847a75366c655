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
    public readonly record struct Result(double Tax, double TaxableIncome, double ReliefSuperDeduction, double ReliefHnte, double ReliefCredit);

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
        var taxable = 0.0;
        if (beforeLosses > 0)
        {
            taxable = beforeLosses - UseLosses(ref state, year, beforeLosses);
        }
        else if (beforeLosses < 0)
        {
            var slot = FirmState.LossSlot(year);
            state.Losses[slot] = -beforeLosses;
            state.LossExpiry[slot] = year + (isHnte ? policy.HnteLossCarryForwardYears : policy.LossCarryForwardYears);
        }
        ExpireLosses(ref state, year);

        var taxBeforeCredit = rate * taxable;
        var creditUsed = Math.Min(Math.Max(0, credit), taxBeforeCredit);
        var deductionUsed = Math.Min(extraDeduction, Math.Max(0, incomeBeforeDeduction));
        return new Result(
            Tax: taxBeforeCredit - creditUsed,
            TaxableIncome: taxable,
            ReliefSuperDeduction: policy.StandardRate * deductionUsed,
            ReliefHnte: isHnte ? (policy.StandardRate - policy.HnteRate) * taxable : 0,
            ReliefCredit: creditUsed);
    }

    private static double UseLosses(ref FirmState state, int year, double income)
    {
        var used = 0.0;
        for (var vintage = year - FirmState.LossSlots + 1; vintage < year && used < income; vintage++)
        {
            var slot = FirmState.LossSlot(vintage);
            if (state.Losses[slot] <= 0) continue;
            if (state.LossExpiry[slot] < year)
            {
                state.Losses[slot] = 0;
                continue;
            }
            var take = Math.Min(state.Losses[slot], income - used);
            state.Losses[slot] -= take;
            used += take;
        }
        return used;
    }

    /// <summary>Drops vintages that cannot be used after <paramref name="year"/>.</summary>
    private static void ExpireLosses(ref FirmState state, int year)
    {
        for (var slot = 0; slot < FirmState.LossSlots; slot++)
        {
            if (state.Losses[slot] > 0 && state.LossExpiry[slot] <= year) state.Losses[slot] = 0;
        }
    }
}
