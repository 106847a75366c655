using Rdsim.Model.Firms;

namespace Rdsim.Model.Aggregation;

/// <summary>
/// One world's aggregates for one year: the total, each sector, each size class, and the histogram of
/// reported R&amp;D intensity. Exact, so breakdowns of disjoint sets of firms merge in any order.
/// </summary>
public sealed class YearBreakdown
{
    /// <summary>An empty breakdown.</summary>
    public YearBreakdown()
        : this(new YearAggregate(),
            Enumerable.Range(0, Sectors.Count).Select(_ => new YearAggregate()).ToArray(),
            Enumerable.Range(0, SizeClasses.Count).Select(_ => new YearAggregate()).ToArray(),
            new long[IntensityHistogram.Slots])
    {
    }

    /// <summary>A breakdown from its parts (for engines that ship it between processes).</summary>
    public YearBreakdown(YearAggregate total, IReadOnlyList<YearAggregate> bySector, IReadOnlyList<YearAggregate> bySize, IReadOnlyList<long> histogram)
    {
        if (bySector.Count != Sectors.Count || bySize.Count != SizeClasses.Count || histogram.Count != IntensityHistogram.Slots)
        {
            throw new ArgumentException("The parts do not match the sector, size-class or histogram layout.");
        }
        Total = total;
        BySector = bySector;
        BySize = bySize;
        Histogram = histogram.ToArray();
    }

    /// <summary>All firms.</summary>
    public YearAggregate Total { get; }

    /// <summary>By sector id.</summary>
    public IReadOnlyList<YearAggregate> BySector { get; }

    /// <summary>By <see cref="SizeClass"/>.</summary>
    public IReadOnlyList<YearAggregate> BySize { get; }

    /// <summary>R&amp;D performers by reported intensity bin (see <see cref="IntensityHistogram"/>).</summary>
    public long[] Histogram { get; }

    /// <summary>Adds one firm-year.</summary>
    public void Add(in FirmYearOutcome outcome, int sectorId)
    {
        Total.Add(outcome);
        BySector[sectorId].Add(outcome);
        BySize[(int)SizeClasses.Of(outcome.Revenue)].Add(outcome);
        if (outcome.ReportedRd > 0) Histogram[IntensityHistogram.BinOf(outcome.WindowIntensity)]++;
    }

    /// <summary>Adds the deadweight of a scenario firm-year paired with its counterfactual.</summary>
    public void AddDeadweight(in FirmYearOutcome scenario, in FirmYearOutcome counterfactual, int sectorId)
    {
        Total.AddDeadweight(scenario, counterfactual);
        BySector[sectorId].AddDeadweight(scenario, counterfactual);
        BySize[(int)SizeClasses.Of(scenario.Revenue)].AddDeadweight(scenario, counterfactual);
    }

    /// <summary>Adds another breakdown into this one.</summary>
    public void Merge(YearBreakdown other)
    {
        Total.Merge(other.Total);
        for (var i = 0; i < BySector.Count; i++) BySector[i].Merge(other.BySector[i]);
        for (var i = 0; i < BySize.Count; i++) BySize[i].Merge(other.BySize[i]);
        for (var i = 0; i < Histogram.Length; i++) Histogram[i] += other.Histogram[i];
    }
}
