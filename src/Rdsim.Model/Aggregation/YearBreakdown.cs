using Rdsim.Model.Firms;

namespace Rdsim.Model.Aggregation;

/// <summary>
/// One world's aggregates for one year: the total, each sector, each size class, each tax status, and the histogram of
/// reported R&amp;D intensity (<see cref="HistogramKind"/>). Exact, so breakdowns of disjoint sets of firms merge in any order.
/// A firm-year's tax status is its counterfactual's in both worlds (<see cref="TaxStatuses.Of"/>), so the two worlds'
/// tax-status groups hold the same firm-years. Not thread-safe (reading a group folds what was added since into it): one
/// thread fills a breakdown, others merge it.
/// </summary>
public sealed class YearBreakdown
{
    private const int CellsPerSector = SizeClasses.Count * TaxStatuses.Count;

    private readonly YearAggregate _total;
    private readonly IReadOnlyList<YearAggregate> _bySector;
    private readonly IReadOnlyList<YearAggregate> _bySize;
    private readonly IReadOnlyList<YearAggregate> _byTaxStatus;

    // Firm-years are added to one cell per sector × size class × tax status, and the total and the groups are folded
    // from the cells when first read: each value is converted to its exact sum once instead of once per group, which was
    // a third of the loop's time. Exact sums are associative, so the totals are the same bits either way.
    private YearAggregate?[]? _cells;

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
        _total = total;
        _bySector = bySector;
        _bySize = bySize;
        _byTaxStatus = byTaxStatus;
        Histogram = histogram.ToArray();
    }

    /// <summary>All firms.</summary>
    public YearAggregate Total => Folded(_total);

    /// <summary>By sector id.</summary>
    public IReadOnlyList<YearAggregate> BySector => Folded(_bySector);

    /// <summary>By <see cref="SizeClass"/>.</summary>
    public IReadOnlyList<YearAggregate> BySize => Folded(_bySize);

    /// <summary>By <see cref="TaxStatus"/>: whether the firm-year would pay tax without the incentives.</summary>
    public IReadOnlyList<YearAggregate> ByTaxStatus => Folded(_byTaxStatus);

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
        Cell(sectorId, outcome.Revenue, status).Add(outcome, weight);
        if (outcome.ReportedRd <= 0) return;
        Histogram[IntensityHistogram.Index(HistogramKind.AnnualAll, IntensityHistogram.BinOf(outcome.AnnualIntensity))] += weight;
        Histogram[IntensityHistogram.Index(HistogramKind.WindowAll, IntensityHistogram.BinOf(outcome.WindowIntensity))] += weight;
        if (!outcome.IsHnte) return;
        Histogram[IntensityHistogram.Index(HistogramKind.AnnualHnte, IntensityHistogram.BinOf(outcome.AnnualIntensity))] += weight;
        Histogram[IntensityHistogram.Index(HistogramKind.WindowHnte, IntensityHistogram.BinOf(outcome.WindowIntensity))] += weight;
    }

    /// <summary>Adds what pairs a scenario firm-year with its counterfactual (<see cref="YearAggregate.AddPaired"/>).</summary>
    public void AddPaired(in FirmYearOutcome scenario, in FirmYearOutcome counterfactual, int sectorId, int weight) =>
        Cell(sectorId, scenario.Revenue, TaxStatuses.Of(counterfactual)).AddPaired(scenario, counterfactual, weight);

    /// <summary>Adds another breakdown into this one.</summary>
    public void Merge(YearBreakdown other)
    {
        Fold();
        _total.Merge(other.Total);
        for (var i = 0; i < _bySector.Count; i++) _bySector[i].Merge(other.BySector[i]);
        for (var i = 0; i < _bySize.Count; i++) _bySize[i].Merge(other.BySize[i]);
        for (var i = 0; i < _byTaxStatus.Count; i++) _byTaxStatus[i].Merge(other.ByTaxStatus[i]);
        for (var i = 0; i < Histogram.Length; i++) Histogram[i] += other.Histogram[i];
    }

    private T Folded<T>(T group)
    {
        Fold();
        return group;
    }

    /// <summary>The cell of a firm-year in sector <paramref name="sectorId"/> with <paramref name="revenue"/> and <paramref name="status"/>.</summary>
    private YearAggregate Cell(int sectorId, double revenue, TaxStatus status)
    {
        _cells ??= new YearAggregate?[Sectors.Count * CellsPerSector];
        var index = sectorId * CellsPerSector + (int)SizeClasses.Of(revenue) * TaxStatuses.Count + (int)status;
        return _cells[index] ??= new YearAggregate();
    }

    /// <summary>Adds the cells into the total and the groups, and empties them.</summary>
    private void Fold()
    {
        if (_cells is null) return;
        for (var i = 0; i < _cells.Length; i++)
        {
            if (_cells[i] is not { } cell) continue;
            _total.Merge(cell);
            _bySector[i / CellsPerSector].Merge(cell);
            _bySize[i % CellsPerSector / TaxStatuses.Count].Merge(cell);
            _byTaxStatus[i % TaxStatuses.Count].Merge(cell);
        }
        _cells = null;
    }
}
