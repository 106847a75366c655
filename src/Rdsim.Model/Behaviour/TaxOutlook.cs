using Rdsim.Model.Firms;

namespace Rdsim.Model.Behaviour;

/// <summary>
/// What one more yuan of deduction, or of credit, is worth to a firm this year (docs/model.md §4 step 3): worked out
/// from its own loss and credit ledgers and the taxable income it expects, the simulated marginal tax rate of Shevlin
/// (1990) and Graham (1996) on a deterministic expected-income path. A yuan of deduction lowers this year's taxable
/// income if there is any; otherwise it joins (or keeps back) a carried loss and saves tax in the first later year whose
/// income reaches it — oldest losses first — or never, if it expires first. The saving is discounted to this year.
/// The value returned is per yuan at the statutory rate: 1 when used now, (1 + r)^−k when used k years later, 0 when
/// never. It never exceeds 1, and a loss added to the ledger never raises it.
/// </summary>
public static class TaxOutlook
{
    /// <summary>
    /// What a firm expects to earn: taxable income before losses this year, and a path after it that starts at
    /// <paramref name="NextYear"/> and grows by <paramref name="Growth"/> a year (so its sign never changes).
    /// </summary>
    /// <param name="Year">The year planned, t.</param>
    /// <param name="ThisYear">Expected taxable income before losses in t.</param>
    /// <param name="NextYear">Expected taxable income before losses in t + 1.</param>
    /// <param name="Growth">Yearly growth factor of the path after t + 1.</param>
    /// <param name="CarryForwardYears">Years a loss made in t or later may be carried.</param>
    /// <param name="DiscountRate">r, the firm's discount rate.</param>
    public readonly record struct IncomePath(int Year, double ThisYear, double NextYear, double Growth, int CarryForwardYears, double DiscountRate);

    /// <summary>The most years ahead a credit outlook looks (the ledgers keep <see cref="FirmState.LossSlots"/> vintages).</summary>
    private const int MaxHorizon = FirmState.LossSlots - 1;

    /// <summary>The value, per yuan at the statutory rate, of one more yuan of deduction in <c>path.Year</c>.</summary>
    public static double DeductionValue(in FirmState state, in IncomePath path)
    {
        if (path.ThisYear > state.LossesAvailable(path.Year)) return 1;
        if (path.NextYear <= 0) return 0;
        return new LossRun(state).TraceMarginalYuan(path);
    }

    /// <summary>
    /// What a deduction of <paramref name="amount"/> in <c>path.Year</c> saves, per yuan at the statutory rate and
    /// discounted to that year: <paramref name="amount"/> when this year's income covers it after the carried losses;
    /// otherwise the expected taxable income over the years the loss it makes may be carried, without the deduction
    /// minus with it. Unlike <see cref="DeductionValue"/> (the last yuan), this weighs every yuan: a deduction larger
    /// than the income it meets still saves the tax on that income, though its last yuan is never used.
    /// </summary>
    public static double DeductionSaving(in FirmState state, in IncomePath path, double amount)
    {
        if (amount <= 0) return 0;
        if (path.ThisYear - amount >= state.LossesAvailable(path.Year)) return amount;
        var years = Math.Min(path.CarryForwardYears, MaxHorizon) + 1;
        var saving = DiscountedTaxableIncome(state, path, years) - DiscountedTaxableIncome(state, path with { ThisYear = path.ThisYear - amount }, years);
        // Exact arithmetic keeps the saving within [0, amount]; rounding may step a hair outside it.
        return Math.Clamp(saving, 0, amount);
    }

    /// <summary>
    /// Taxable income after losses expected in <c>path.Year</c> and the <paramref name="years"/> − 1 years after it,
    /// each discounted to <c>path.Year</c>, summed: what a lower rate on it is worth (the HNTE certificate's value).
    /// </summary>
    public static double DiscountedTaxableIncome(in FirmState state, in IncomePath path, int years)
    {
        var run = new LossRun(state);
        var (total, discount, income) = (0.0, 1.0, path.ThisYear);
        for (var k = 0; k < years; k++)
        {
            total += discount * run.Step(path.Year + k, income, path.CarryForwardYears);
            discount /= 1 + path.DiscountRate;
            income = k == 0 ? path.NextYear : income * path.Growth;
        }
        return total;
    }

    /// <summary>
    /// The value of one more yuan of (non-refundable) credit earned in <c>path.Year</c>: 1 if this year's tax, at
    /// <paramref name="rate"/>, exceeds the credits carried and <paramref name="earnedThisYear"/>; otherwise the yuan is
    /// carried for <paramref name="carryForwardYears"/> years and used, discounted, in the first year whose tax reaches
    /// it (oldest credits first), or lost.
    /// </summary>
    public static double CreditValue(in FirmState state, in IncomePath path, double rate, double earnedThisYear, int carryForwardYears)
    {
        var horizon = Math.Min(carryForwardYears, MaxHorizon);
        Span<double> taxable = stackalloc double[horizon + 1];
        var run = new LossRun(state);
        var income = path.ThisYear;
        for (var k = 0; k <= horizon; k++)
        {
            taxable[k] = run.Step(path.Year + k, income, path.CarryForwardYears);
            income = k == 0 ? path.NextYear : income * path.Growth;
        }
        return new CreditRun(state, path.Year).TraceMarginalYuan(taxable, rate, earnedThisYear, carryForwardYears, path.DiscountRate);
    }

    /// <summary>A private copy of a firm's loss ledger, stepped along an expected-income path.</summary>
    private struct LossRun
    {
        private LossLedger _amount;
        private ExpiryLedger _expiry;

        /// <summary>Where the marginal yuan sits: a loss vintage (year), or nowhere yet.</summary>
        private int _tag;
        private int _tagExpiry;
        private bool _moving;

        public LossRun(in FirmState state)
        {
            _amount = state.Losses;
            _expiry = state.LossExpiry;
            _tag = int.MinValue;
        }

        /// <summary>Steps one year on the path without tracing: uses losses or adds one, then expires; returns taxable income.</summary>
        public double Step(int year, double income, int carryForwardYears)
        {
            var taxable = 0.0;
            if (income > 0) taxable = Consume(year, income);
            else AddLoss(year, -income, carryForwardYears);
            Expire(year);
            return taxable;
        }

        /// <summary>Follows one more yuan of this year's deduction until it saves tax (its discounted value) or expires (0).</summary>
        public double TraceMarginalYuan(in IncomePath path)
        {
            var year = path.Year;
            if (path.ThisYear > 0)
            {
                // A yuan less of income stops the use of losses a yuan earlier: the vintage where use stops keeps it.
                _moving = true;
                Consume(year, path.ThisYear);
                if (_moving) return 1;
            }
            else
            {
                AddLoss(year, -path.ThisYear, path.CarryForwardYears);
                (_tag, _tagExpiry) = (year, year + path.CarryForwardYears);
            }
            Expire(year);
            var (discount, income) = (1.0, path.NextYear);
            while (_tagExpiry > year)
            {
                year++;
                discount /= 1 + path.DiscountRate;
                if (income > 0)
                {
                    Consume(year, income);
                    if (_moving) return discount;
                }
                else
                {
                    AddLoss(year, -income, path.CarryForwardYears);
                }
                Expire(year);
                income *= path.Growth;
            }
            return 0;
        }

        /// <summary>
        /// Uses losses against <paramref name="income"/>, oldest first, and returns what stays taxable. The marginal yuan,
        /// if it sits in a vintage that is used up with income to spare, is used too: it then moves to the vintage where use
        /// stops (which keeps one more yuan), or, when every loss is used and income is left, it has saved tax
        /// (<see cref="_moving"/> stays true).
        /// </summary>
        private double Consume(int year, double income)
        {
            var rest = income;
            for (var vintage = year - FirmState.LossSlots + 1; vintage < year && rest > 0; vintage++)
            {
                var slot = FirmState.LossSlot(vintage);
                var amount = _expiry[slot] >= year ? _amount[slot] : 0;
                if (vintage == _tag && !_moving)
                {
                    if (rest > amount)
                    {
                        _moving = true;
                        rest -= amount;
                        _amount[slot] = 0;
                        continue;
                    }
                    _amount[slot] = amount - rest;
                    return 0;
                }
                if (amount <= 0) continue;
                if (_moving && rest <= amount)
                {
                    (_tag, _tagExpiry, _moving) = (vintage, _expiry[slot], false);
                }
                var take = Math.Min(amount, rest);
                _amount[slot] = amount - take;
                rest -= take;
            }
            return rest;
        }

        private void AddLoss(int year, double amount, int carryForwardYears)
        {
            var slot = FirmState.LossSlot(year);
            _amount[slot] = amount;
            _expiry[slot] = year + carryForwardYears;
        }

        private void Expire(int year)
        {
            for (var slot = 0; slot < FirmState.LossSlots; slot++)
            {
                if (_expiry[slot] <= year) _amount[slot] = 0;
            }
        }
    }

    /// <summary>A private copy of a firm's carried credits, used against the tax of an expected-income path.</summary>
    private struct CreditRun
    {
        private LossLedger _amount;
        private readonly ExpiryLedger _expiry;
        private readonly int _year;

        public CreditRun(in FirmState state, int year)
        {
            _amount = state.Credits;
            _expiry = state.CreditExpiry;
            _year = year;
        }

        /// <summary>Follows one more yuan of credit earned this year until tax absorbs it (its discounted value) or it expires (0).</summary>
        public double TraceMarginalYuan(ReadOnlySpan<double> taxable, double rate, double earnedThisYear, int carryForwardYears, double discountRate)
        {
            // This year's credits queue behind the carried ones; the marginal yuan is the last of them.
            var ahead = earnedThisYear;
            var discount = 1.0;
            for (var k = 0; k < taxable.Length && k <= carryForwardYears; k++)
            {
                var year = _year + k;
                var capacity = rate * taxable[k];
                for (var vintage = year - FirmState.LossSlots + 1; vintage < _year && capacity > 0; vintage++)
                {
                    var slot = FirmState.LossSlot(vintage);
                    if (_expiry[slot] < year || _amount[slot] <= 0) continue;
                    var take = Math.Min(_amount[slot], capacity);
                    _amount[slot] -= take;
                    capacity -= take;
                }
                if (capacity > ahead) return discount;
                ahead -= capacity;
                discount /= 1 + discountRate;
            }
            return 0;
        }
    }
}
