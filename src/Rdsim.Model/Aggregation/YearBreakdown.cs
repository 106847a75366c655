using Rdsim.Model.Firms;

namespace Rdsim.Model.Aggregation;

/// <summary>
/// One world's aggregates for one year: the total, each sector, each size class, each tax status, each region, the
/// manufacturing sectors by size class, and the histogram of reported R&amp;D intensity (<see cref="HistogramKind"/>). Exact, so breakdowns of disjoint sets of firms merge in any order.
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
    private readonly IReadOnlyList<YearAggregate> _manufacturingBySize;

    // Regions are a separate accumulator, not a fourth dimension of the cells: a population may have hundreds of regions
    // (a firm register's counties), and cells × regions would be mostly empty cells to allocate and fold. Grown to the
    // highest region id added, so engines need not be told the population's region count.
    private readonly List<YearAggregate> _byRegion;

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
            [],
            new long[IntensityHistogram.Kinds * IntensityHistogram.Slots],
            Enumerable.Range(0, SizeClasses.Count).Select(_ => new YearAggregate()).ToArray())
    {
    }

    /// <summary>A breakdown from its parts (for engines that ship it between processes).</summary>
    public YearBreakdown(YearAggregate total, IReadOnlyList<YearAggregate> bySector, IReadOnlyList<YearAggregate> bySize,
        IReadOnlyList<YearAggregate> byTaxStatus, IReadOnlyList<YearAggregate> byRegion, IReadOnlyList<long> histogram,
        IReadOnlyList<YearAggregate> manufacturingBySize)
    {
        if (bySector.Count != Sectors.Count || bySize.Count != SizeClasses.Count || byTaxStatus.Count != TaxStatuses.Count
            || histogram.Count != IntensityHistogram.Kinds * IntensityHistogram.Slots || manufacturingBySize.Count != SizeClasses.Count)
        {
            throw new ArgumentException("The parts do not match the sector, size-class, tax-status or histogram layout.");
        }
        _total = total;
        _bySector = bySector;
        _bySize = bySize;
        _byTaxStatus = byTaxStatus;
        _manufacturingBySize = manufacturingBySize;
        _byRegion = [.. byRegion];
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
    /// The manufacturing sectors (<see cref="Sector.IsManufacturing"/>) by <see cref="SizeClass"/>: China's industrial statistics
    /// cover manufacturing above a revenue line (5 mn CNY to 2010, 20 mn from 2011, the lower edge of
    /// <see cref="SizeClass.Medium"/>), so a published industrial figure is compared with the classes above its year's line.
    /// </summary>
    public IReadOnlyList<YearAggregate> ManufacturingBySize => Folded(_manufacturingBySize);

    /// <summary>
    /// By region id (<see cref="FirmTraits.RegionId"/>), up to the highest id added: a region past the end has no firm-years
    /// (<see cref="Region"/> reads any id).
    /// </summary>
    public IReadOnlyList<YearAggregate> ByRegion => _byRegion;

    /// <summary>The region <paramref name="regionId"/>'s aggregate (empty when no firm-year of it was added).</summary>
    public YearAggregate Region(int regionId) => regionId < _byRegion.Count ? _byRegion[regionId] : new YearAggregate();

    /// <summary>
    /// Firms by reported intensity bin, one block of <see cref="IntensityHistogram.Slots"/> per <see cref="HistogramKind"/>
    /// in enum order (see <see cref="Count"/>).
    /// </summary>
    public long[] Histogram { get; }

    /// <summary>The firms in <paramref name="bin"/> of the histogram of <paramref name="kind"/>.</summary>
    public long Count(HistogramKind kind, int bin) => Histogram[IntensityHistogram.Index(kind, bin)];

    /// <summary>
    /// Adds one firm-year of a firm in sector <paramref name="sectorId"/> and region <paramref name="regionId"/> that stands for
    /// <paramref name="weight"/> firms, of tax status <paramref name="status"/> (its counterfactual's, whichever world this breakdown is).
    /// </summary>
    public void Add(in FirmYearOutcome outcome, int sectorId, int regionId, TaxStatus status, int weight)
    {
        YearAggregate.Add(Cell(sectorId, outcome.Revenue, status), RegionGroup(regionId), outcome, weight);
        if (outcome.ReportedRd <= 0) return;
        Histogram[IntensityHistogram.Index(HistogramKind.AnnualAll, IntensityHistogram.BinOf(outcome.AnnualIntensity))] += weight;
        Histogram[IntensityHistogram.Index(HistogramKind.WindowAll, IntensityHistogram.BinOf(outcome.WindowIntensity))] += weight;
        if (!outcome.IsHnte) return;
        Histogram[IntensityHistogram.Index(HistogramKind.AnnualHnte, IntensityHistogram.BinOf(outcome.AnnualIntensity))] += weight;
        Histogram[IntensityHistogram.Index(HistogramKind.WindowHnte, IntensityHistogram.BinOf(outcome.WindowIntensity))] += weight;
    }

    /// <summary>Adds what pairs a scenario firm-year with its counterfactual (<see cref="YearAggregate.AddPaired(in FirmYearOutcome, in FirmYearOutcome, int)"/>).</summary>
    public void AddPaired(in FirmYearOutcome scenario, in FirmYearOutcome counterfactual, int sectorId, int regionId, int weight)
    {
        YearAggregate.AddPaired(Cell(sectorId, scenario.Revenue, TaxStatuses.Of(counterfactual)), RegionGroup(regionId), scenario, counterfactual, weight);
    }

    /// <summary>Adds another breakdown into this one.</summary>
    public void Merge(YearBreakdown other)
    {
        Fold();
        _total.Merge(other.Total);
        for (var i = 0; i < _bySector.Count; i++) _bySector[i].Merge(other.BySector[i]);
        for (var i = 0; i < _bySize.Count; i++) _bySize[i].Merge(other.BySize[i]);
        for (var i = 0; i < _byTaxStatus.Count; i++) _byTaxStatus[i].Merge(other.ByTaxStatus[i]);
        for (var i = 0; i < _manufacturingBySize.Count; i++) _manufacturingBySize[i].Merge(other.ManufacturingBySize[i]);
        for (var i = 0; i < other.ByRegion.Count; i++) RegionGroup(i).Merge(other.ByRegion[i]);
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

    /// <summary>The aggregate of region <paramref name="regionId"/>, the list grown to it if need be.</summary>
    private YearAggregate RegionGroup(int regionId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(regionId);
        while (_byRegion.Count <= regionId) _byRegion.Add(new YearAggregate());
        return _byRegion[regionId];
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
            if (Sectors.All[i / CellsPerSector].IsManufacturing) _manufacturingBySize[i % CellsPerSector / TaxStatuses.Count].Merge(cell);
        }
        _cells = null;
    }
}
