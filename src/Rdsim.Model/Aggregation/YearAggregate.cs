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
    public void Add(in FirmYearOutcome o, int weight)
    {
        Count(CountMetric.Firms, 1, weight);
        if (o.IsPerformer) Count(CountMetric.RdPerformers, 1, weight);
        if (o.IsHnte)
        {
            Count(CountMetric.HnteFirms, 1, weight);
            Sum(SumMetric.HnteReportedRd, o.ReportedRd, weight);
            Sum(SumMetric.HnteRevenue, o.Revenue, weight);
            Sum(SumMetric.HnteRelabeledRd, o.RelabeledRd, weight);
            Sum(SumMetric.NotchRealRd, o.NotchRealRd, weight);
            Sum(SumMetric.NotchRelabeledRd, o.NotchRelabeledRd, weight);
        }
        if (o.IsClaimant)
        {
            Sum(SumMetric.ClaimantReportedRd, o.ReportedRd, weight);
            Sum(SumMetric.ClaimantRelabeledRd, o.RelabeledRd, weight);
        }
        if (o.Tax > 0) Count(CountMetric.Taxpayers, 1, weight);
        if (o.HoldsCertificate) Count(CountMetric.CertificateHolders, 1, weight);
        if (o.MeetsHnteOtherCriteria) Count(CountMetric.HnteEligible, 1, weight);
        if (o.NewlyCertified) Count(CountMetric.HnteNewlyCertified, 1, weight);
        if (o.Recertified) Count(CountMetric.HnteRecertified, 1, weight);
        if (o.IsClaimant) Count(CountMetric.Claimants, 1, weight);
        if (o.EarnsCredit) Count(CountMetric.CreditUsers, 1, weight);
        Count(CountMetric.Patents, o.Patents, weight);
        Count(CountMetric.InventionPatents, o.InventionPatents, weight);
        Sum(SumMetric.Revenue, o.Revenue, weight);
        Sum(SumMetric.HighTechRevenue, o.HighTechRevenue, weight);
        Sum(SumMetric.HighTechIndustryRevenue, o.HighTechIndustryRevenue, weight);
        Sum(SumMetric.RealRd, o.RealRd, weight);
        Sum(SumMetric.ReportedRd, o.ReportedRd, weight);
        Sum(SumMetric.RelabeledRd, o.RelabeledRd, weight);
        Sum(SumMetric.DeductedAmount, o.DeductedAmount, weight);
        Sum(SumMetric.DeductionUsedInYear, o.DeductionUsedInYear, weight);
        Sum(SumMetric.DeductionUsedFromLosses, o.DeductionUsedFromLosses, weight);
        Sum(SumMetric.DeductionExpired, o.DeductionExpired, weight);
        Sum(SumMetric.Tax, o.Tax, weight);
        Sum(SumMetric.ReliefSuperDeduction, o.ReliefSuperDeduction, weight);
        Sum(SumMetric.ReliefHnte, o.ReliefHnte, weight);
        Sum(SumMetric.ReliefCredit, o.ReliefCredit, weight);
        Sum(SumMetric.ComplianceCost, o.ComplianceCost, weight);
        Sum(SumMetric.CertificationSubsidy, o.CertificationSubsidy, weight);
        Sum(SumMetric.BIndexTimesRd, o.BIndex * o.RealRd, weight);
        Sum(SumMetric.MarginalTaxTimesRd, o.MarginalTaxRate * o.RealRd, weight);
        Sum(SumMetric.Knowledge, o.Knowledge, weight);
    }

    /// <summary>
    /// Adds what needs a scenario firm-year and its counterfactual together: the deadweight (the part of its relief
    /// that paid for R&amp;D it would have done anyway, relief × min(1, counterfactual real R&amp;D ÷ reported R&amp;D)), the
    /// HNTE's induced reported R&amp;D, and induced R&amp;D and revenue forgone of a firm-year that would pay no tax
    /// without the incentives.
    /// </summary>
    public void AddPaired(in FirmYearOutcome scenario, in FirmYearOutcome counterfactual, int weight)
    {
        var relief = scenario.TotalRelief;
        if (relief != 0)
        {
            var anyway = scenario.ReportedRd > 0 ? Math.Min(1, counterfactual.RealRd / scenario.ReportedRd) : 1;
            Sum(SumMetric.Deadweight, relief * anyway, weight);
        }
        if (scenario.IsHnte) Sum(SumMetric.InducedReportedRdHnte, scenario.ReportedRd - counterfactual.ReportedRd, weight);
        if (TaxStatuses.Of(counterfactual) == TaxStatus.NonTaxpaying)
        {
            Sum(SumMetric.InducedRealRdNonTaxpayers, scenario.RealRd - counterfactual.RealRd, weight);
            Sum(SumMetric.RevenueForgoneNonTaxpayers, counterfactual.Tax - scenario.Tax, weight);
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

    private void Count(CountMetric metric, long amount, int weight) => _counts[(int)metric] += amount * weight;

    /// <summary>
    /// Adds <paramref name="weight"/> times a value to a sum (the value rounded once, then multiplied exactly), naming the
    /// metric when the total would not fit (rather than wrap around).
    /// </summary>
    private void Sum(SumMetric metric, double value, int weight)
    {
        // Most sums of most firm-years are zero (no notch, no credit, no expiry): adding 0 changes nothing.
        if (value == 0) return;
        try
        {
            var raw = ExactSum.Of(value).Raw;
            _sums[(int)metric] = ExactSum.Add(_sums[(int)metric], weight == 1 ? raw : ExactSum.Times(raw, weight));
        }
        catch (ExactSumOverflowException e)
        {
            throw Named(metric, e);
        }
    }

    private static ExactSumOverflowException Named(SumMetric metric, ExactSumOverflowException e) =>
        new($"{metric}: {e.Message} Sums this large come from inputs beyond their documented bounds or from growth over many years; " +
            "check population.from's revenue and the sectors' revenue and growth parameters (rdsim params --filter population).");
}
