using Rdsim.Model.Firms;

namespace Rdsim.Model.Aggregation;

/// <summary>
/// One world's aggregates for one year: the total, each sector, each size class, each tax status, and the histogram of
/// reported R&amp;D intensity (<see cref="HistogramKind"/>). Exact, so breakdowns of disjoint sets of firms merge in any order.
/// A firm-year's tax status is its counterfactual's in both worlds (<see cref="TaxStatuses.Of"/>), so the two worlds'
/// tax-status groups hold the same firm-years.
/// </summary>
public sealed class YearBreakdown
{
    /// <summary>An empty breakdown.</summary>
    public YearBreakdown()
        : this(new YearAggregate(),
            Enumerable.Range(0, Sectors.Count).Select(_ => new YearAggregate()).ToArray(),
            Enumerable.Range(0, SizeClasses.Count).Select(_ => new YearAggregate()).ToArray(),
            Enumerable.Range(0, TaxStatuses.Count).Select(_ => new YearAggregate()).ToArray(),
            new long[IntensityHistogram.Kinds * IntensityHistogram.Slots])
    {
    }

    /// <summary>A breakdown from its parts (for engines that ship it between processes).</summary>
    public YearBreakdown(YearAggregate total, IReadOnlyList<YearAggregate> bySector, IReadOnlyList<YearAggregate> bySize,
        IReadOnlyList<YearAggregate> byTaxStatus, IReadOnlyList<long> histogram)
    {
        if (bySector.Count != Sectors.Count || bySize.Count != SizeClasses.Count || byTaxStatus.Count != TaxStatuses.Count
            || histogram.Count != IntensityHistogram.Kinds * IntensityHistogram.Slots)
        {
            throw new ArgumentException("The parts do not match the sector, size-class, tax-status or histogram layout.");
        }
        Total = total;
        BySector = bySector;
        BySize = bySize;
        ByTaxStatus = byTaxStatus;
        Histogram = histogram.ToArray();
    }

    /// <summary>All firms.</summary>
    public YearAggregate Total { get; }

    /// <summary>By sector id.</summary>
    public IReadOnlyList<YearAggregate> BySector { get; }

    /// <summary>By <see cref="SizeClass"/>.</summary>
    public IReadOnlyList<YearAggregate> BySize { get; }

    /// <summary>By <see cref="TaxStatus"/>: whether the firm-year would pay tax without the incentives.</summary>
    public IReadOnlyList<YearAggregate> ByTaxStatus { get; }

    /// <summary>
    /// Firms by reported intensity bin, one block of <see cref="IntensityHistogram.Slots"/> per <see cref="HistogramKind"/>
    /// in enum order (see <see cref="Count"/>).
    /// </summary>
    public long[] Histogram { get; }

    /// <summary>The firms in <paramref name="bin"/> of the histogram of <paramref name="kind"/>.</summary>
    public long Count(HistogramKind kind, int bin) => Histogram[IntensityHistogram.Index(kind, bin)];

    /// <summary>
    /// Adds one firm-year of a firm in sector <paramref name="sectorId"/> that stands for <paramref name="weight"/> firms, of
    /// tax status <paramref name="status"/> (its counterfactual's, whichever world this breakdown is).
    /// </summary>
    public void Add(in FirmYearOutcome outcome, int sectorId, TaxStatus status, int weight)
    {
        Total.Add(outcome, weight);
        BySector[sectorId].Add(outcome, weight);
        BySize[(int)SizeClasses.Of(outcome.Revenue)].Add(outcome, weight);
        ByTaxStatus[(int)status].Add(outcome, weight);
        if (outcome.ReportedRd <= 0) return;
        Histogram[IntensityHistogram.Index(HistogramKind.AnnualAll, IntensityHistogram.BinOf(outcome.AnnualIntensity))] += weight;
        Histogram[IntensityHistogram.Index(HistogramKind.WindowAll, IntensityHistogram.BinOf(outcome.WindowIntensity))] += weight;
        if (!outcome.IsHnte) return;
        Histogram[IntensityHistogram.Index(HistogramKind.AnnualHnte, IntensityHistogram.BinOf(outcome.AnnualIntensity))] += weight;
        Histogram[IntensityHistogram.Index(HistogramKind.WindowHnte, IntensityHistogram.BinOf(outcome.WindowIntensity))] += weight;
    }

    /// <summary>Adds what pairs a scenario firm-year with its counterfactual (<see cref="YearAggregate.AddPaired"/>).</summary>
    public void AddPaired(in FirmYearOutcome scenario, in FirmYearOutcome counterfactual, int sectorId, int weight)
    {
        Total.AddPaired(scenario, counterfactual, weight);
        BySector[sectorId].AddPaired(scenario, counterfactual, weight);
        BySize[(int)SizeClasses.Of(scenario.Revenue)].AddPaired(scenario, counterfactual, weight);
        ByTaxStatus[(int)TaxStatuses.Of(counterfactual)].AddPaired(scenario, counterfactual, weight);
    }

    /// <summary>Adds another breakdown into this one.</summary>
    public void Merge(YearBreakdown other)
    {
        Total.Merge(other.Total);
        for (var i = 0; i < BySector.Count; i++) BySector[i].Merge(other.BySector[i]);
        for (var i = 0; i < BySize.Count; i++) BySize[i].Merge(other.BySize[i]);
        for (var i = 0; i < ByTaxStatus.Count; i++) ByTaxStatus[i].Merge(other.ByTaxStatus[i]);
        for (var i = 0; i < Histogram.Length; i++) Histogram[i] += other.Histogram[i];
    }
}
