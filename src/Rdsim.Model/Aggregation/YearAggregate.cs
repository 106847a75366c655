using Rdsim.Model.Firms;

namespace Rdsim.Model.Aggregation;

/// <summary>
/// Sums over a group of firm-years (a whole world, a sector or a size class) in one year. Every money
/// sum is an <see cref="ExactSum"/> and every count an integer, so partial aggregates merge into
/// bit-identical totals in any order and grouping. Stored as two flat arrays so that engines can ship
/// it between processes as plain numbers (<see cref="Counts"/>, <see cref="Sums"/>).
/// </summary>
public sealed class YearAggregate
{
    private static readonly int CountSlots = Enum.GetValues<CountMetric>().Length;
    private static readonly int SumSlots = Enum.GetValues<SumMetric>().Length;

    private readonly long[] _counts;
    private readonly Int128[] _sums;

    /// <summary>An empty aggregate.</summary>
    public YearAggregate()
    {
        _counts = new long[CountSlots];
        _sums = new Int128[SumSlots];
    }

    /// <summary>An aggregate rebuilt from its raw arrays (as read from <see cref="Counts"/> and <see cref="Sums"/>).</summary>
    public YearAggregate(IReadOnlyList<long> counts, IReadOnlyList<Int128> sums)
    {
        if (counts.Count != CountSlots || sums.Count != SumSlots) throw new ArgumentException("The raw arrays do not match the metric list.");
        _counts = counts.ToArray();
        _sums = sums.ToArray();
    }

    /// <summary>The raw counts, in <see cref="CountMetric"/> order.</summary>
    public IReadOnlyList<long> Counts => _counts;

    /// <summary>The raw fixed-point sums, in <see cref="SumMetric"/> order.</summary>
    public IReadOnlyList<Int128> Sums => _sums;

    /// <summary>A count.</summary>
    public long this[CountMetric metric] => _counts[(int)metric];

    /// <summary>A sum.</summary>
    public ExactSum this[SumMetric metric] => new() { Raw = _sums[(int)metric] };

    /// <summary>Adds one firm-year of a firm that stands for <paramref name="weight"/> firms (counts and sums are multiplied by it).</summary>
    public void Add(in FirmYearOutcome o, int weight) => Add(new Into(this), o, weight);

    /// <summary>
    /// Adds one firm-year into two aggregates at once (its cell and its region's): the same as adding it to each, with each
    /// value converted to its exact sum once (the conversion is most of what adding costs).
    /// </summary>
    public static void Add(YearAggregate first, YearAggregate second, in FirmYearOutcome o, int weight) => Add(new IntoBoth(first, second), o, weight);

    /// <summary>
    /// Adds what needs a scenario firm-year and its counterfactual together: the deadweight (the part of its relief
    /// that paid for R&amp;D it would have done anyway, relief × min(1, counterfactual real R&amp;D ÷ reported R&amp;D)), the
    /// HNTE's induced reported R&amp;D, and induced R&amp;D and revenue forgone of a firm-year that would pay no tax
    /// without the incentives.
    /// </summary>
    public void AddPaired(in FirmYearOutcome scenario, in FirmYearOutcome counterfactual, int weight) => AddPaired(new Into(this), scenario, counterfactual, weight);

    /// <summary><see cref="AddPaired(in FirmYearOutcome, in FirmYearOutcome, int)"/> into two aggregates at once, each value converted once.</summary>
    public static void AddPaired(YearAggregate first, YearAggregate second, in FirmYearOutcome scenario, in FirmYearOutcome counterfactual, int weight) =>
        AddPaired(new IntoBoth(first, second), scenario, counterfactual, weight);

    // Generic over a struct sink, so that the JIT compiles one copy per sink with its adds inlined: one aggregate or two.
    private static void Add<TSink>(TSink into, in FirmYearOutcome o, int weight) where TSink : struct, ISink
    {
        Count(into, CountMetric.Firms, 1, weight);
        if (o.IsPerformer) Count(into, CountMetric.RdPerformers, 1, weight);
        if (o.IsHnte)
        {
            Count(into, CountMetric.HnteFirms, 1, weight);
            Sum(into, SumMetric.HnteReportedRd, o.ReportedRd, weight);
            Sum(into, SumMetric.HnteRevenue, o.Revenue, weight);
            Sum(into, SumMetric.HnteRelabeledRd, o.RelabeledRd, weight);
            Sum(into, SumMetric.NotchRealRd, o.NotchRealRd, weight);
            Sum(into, SumMetric.NotchRelabeledRd, o.NotchRelabeledRd, weight);
        }
        if (o.IsClaimant)
        {
            Sum(into, SumMetric.ClaimantReportedRd, o.ReportedRd, weight);
            Sum(into, SumMetric.ClaimantRelabeledRd, o.RelabeledRd, weight);
        }
        if (o.Tax > 0) Count(into, CountMetric.Taxpayers, 1, weight);
        if (o.HoldsCertificate) Count(into, CountMetric.CertificateHolders, 1, weight);
        if (o.MeetsHnteOtherCriteria) Count(into, CountMetric.HnteEligible, 1, weight);
        if (o.NewlyCertified) Count(into, CountMetric.HnteNewlyCertified, 1, weight);
        if (o.Recertified) Count(into, CountMetric.HnteRecertified, 1, weight);
        if (o.IsClaimant) Count(into, CountMetric.Claimants, 1, weight);
        if (o.EarnsCredit) Count(into, CountMetric.CreditUsers, 1, weight);
        Count(into, CountMetric.Patents, o.Patents, weight);
        Count(into, CountMetric.InventionPatents, o.InventionPatents, weight);
        Sum(into, SumMetric.Revenue, o.Revenue, weight);
        Sum(into, SumMetric.HighTechRevenue, o.HighTechRevenue, weight);
        Sum(into, SumMetric.HighTechIndustryRevenue, o.HighTechIndustryRevenue, weight);
        Sum(into, SumMetric.RealRd, o.RealRd, weight);
        Sum(into, SumMetric.ReportedRd, o.ReportedRd, weight);
        Sum(into, SumMetric.RelabeledRd, o.RelabeledRd, weight);
        Sum(into, SumMetric.DeductedAmount, o.DeductedAmount, weight);
        Sum(into, SumMetric.DeductionUsedInYear, o.DeductionUsedInYear, weight);
        Sum(into, SumMetric.DeductionUsedFromLosses, o.DeductionUsedFromLosses, weight);
        Sum(into, SumMetric.DeductionExpired, o.DeductionExpired, weight);
        Sum(into, SumMetric.Tax, o.Tax, weight);
        Sum(into, SumMetric.ReliefSuperDeduction, o.ReliefSuperDeduction, weight);
        Sum(into, SumMetric.ReliefHnte, o.ReliefHnte, weight);
        Sum(into, SumMetric.ReliefCredit, o.ReliefCredit, weight);
        Sum(into, SumMetric.ComplianceCost, o.ComplianceCost, weight);
        Sum(into, SumMetric.CertificationSubsidy, o.CertificationSubsidy, weight);
        Sum(into, SumMetric.BIndexTimesRd, o.BIndex * o.RealRd, weight);
        Sum(into, SumMetric.MarginalTaxTimesRd, o.MarginalTaxRate * o.RealRd, weight);
        Sum(into, SumMetric.Knowledge, o.Knowledge, weight);
    }

    private static void AddPaired<TSink>(TSink into, in FirmYearOutcome scenario, in FirmYearOutcome counterfactual, int weight) where TSink : struct, ISink
    {
        var relief = scenario.TotalRelief;
        if (relief != 0)
        {
            var anyway = scenario.ReportedRd > 0 ? Math.Min(1, counterfactual.RealRd / scenario.ReportedRd) : 1;
            Sum(into, SumMetric.Deadweight, relief * anyway, weight);
        }
        if (scenario.IsHnte) Sum(into, SumMetric.InducedReportedRdHnte, scenario.ReportedRd - counterfactual.ReportedRd, weight);
        if (TaxStatuses.Of(counterfactual) == TaxStatus.NonTaxpaying)
        {
            Sum(into, SumMetric.InducedRealRdNonTaxpayers, scenario.RealRd - counterfactual.RealRd, weight);
            Sum(into, SumMetric.RevenueForgoneNonTaxpayers, counterfactual.Tax - scenario.Tax, weight);
        }
    }

    /// <summary>A copy of this aggregate, independent of later additions to it.</summary>
    public YearAggregate Copy() => new(_counts, _sums);

    /// <summary>Adds another aggregate into this one.</summary>
    public void Merge(YearAggregate other)
    {
        for (var i = 0; i < _counts.Length; i++) _counts[i] += other._counts[i];
        var sum = 0;
        try
        {
            for (; sum < _sums.Length; sum++) _sums[sum] = ExactSum.Add(_sums[sum], other._sums[sum]);
        }
        catch (ExactSumOverflowException e)
        {
            throw Named((SumMetric)sum, e);
        }
    }

    /// <summary>Total relief from every instrument.</summary>
    public double TotalRelief => (this[SumMetric.ReliefSuperDeduction] + this[SumMetric.ReliefHnte] + this[SumMetric.ReliefCredit]).Value;

    /// <summary>R&amp;D-weighted mean of the marginal tax rate firms planned with (0 when there is no R&amp;D).</summary>
    public double MeanMarginalTaxRate => _sums[(int)SumMetric.RealRd] == 0 ? 0 : this[SumMetric.MarginalTaxTimesRd].Value / this[SumMetric.RealRd].Value;

    /// <summary>R&amp;D-weighted mean B-index (1 when there is no R&amp;D).</summary>
    public double MeanBIndex => _sums[(int)SumMetric.RealRd] == 0 ? 1 : this[SumMetric.BIndexTimesRd].Value / this[SumMetric.RealRd].Value;

    private static void Count<TSink>(TSink into, CountMetric metric, long amount, int weight) where TSink : struct, ISink =>
        into.Count((int)metric, amount * weight);

    /// <summary>
    /// Adds <paramref name="weight"/> times a value to a sum (the value rounded once, then multiplied exactly), naming the
    /// metric when the total would not fit (rather than wrap around).
    /// </summary>
    private static void Sum<TSink>(TSink into, SumMetric metric, double value, int weight) where TSink : struct, ISink
    {
        // Most sums of most firm-years are zero (no notch, no credit, no expiry): adding 0 changes nothing.
        if (value == 0) return;
        try
        {
            var raw = ExactSum.Of(value).Raw;
            into.Sum((int)metric, weight == 1 ? raw : ExactSum.Times(raw, weight));
        }
        catch (ExactSumOverflowException e)
        {
            throw Named(metric, e);
        }
    }

    /// <summary>Where a firm-year's counts and converted sums go.</summary>
    private interface ISink
    {
        void Count(int slot, long amount);

        void Sum(int slot, Int128 raw);
    }

    /// <summary>One aggregate.</summary>
    private readonly struct Into(YearAggregate aggregate) : ISink
    {
        public void Count(int slot, long amount) => aggregate._counts[slot] += amount;

        public void Sum(int slot, Int128 raw) => aggregate._sums[slot] = ExactSum.Add(aggregate._sums[slot], raw);
    }

    /// <summary>Two aggregates, each getting every count and sum.</summary>
    private readonly struct IntoBoth(YearAggregate first, YearAggregate second) : ISink
    {
        public void Count(int slot, long amount)
        {
            first._counts[slot] += amount;
            second._counts[slot] += amount;
        }

        public void Sum(int slot, Int128 raw)
        {
            first._sums[slot] = ExactSum.Add(first._sums[slot], raw);
            second._sums[slot] = ExactSum.Add(second._sums[slot], raw);
        }
    }

    private static ExactSumOverflowException Named(SumMetric metric, ExactSumOverflowException e) =>
        new($"{metric}: {e.Message} Sums this large come from inputs beyond their documented bounds or from growth over many years; " +
            "check population.from's revenue and the sectors' revenue and growth parameters (rdsim params --filter population).");
}
