using Rdsim.Model.Aggregation;

namespace Rdsim.Reporting.Tables;

/// <summary>
/// Bunching at one threshold, measured against the no-incentive counterfactual on the same firms: the excess of firms in
/// the threshold's own 0.1-point bin, and the firms missing from the bins just below it (docs/outputs.md, bunching.csv).
/// </summary>
/// <param name="At">Firms in the threshold's bin with the incentives.</param>
/// <param name="CounterfactualAt">Firms in the threshold's bin without them: the counterfactual density.</param>
/// <param name="Below">Firms in the bins below the threshold (<see cref="BelowBins"/>, other thresholds' bins left out) with the incentives.</param>
/// <param name="CounterfactualBelow">The same without them.</param>
/// <param name="BelowFrom">Lower edge of the window below, as a fraction.</param>
public sealed record BunchingMass(long At, long CounterfactualAt, long Below, long CounterfactualBelow, double BelowFrom)
{
    /// <summary>Width of the window below a threshold where missing firms are counted: one percentage point.</summary>
    public const int BelowBins = 10;

    /// <summary>Firms in the threshold's bin beyond the counterfactual's.</summary>
    public long Excess => At - CounterfactualAt;

    /// <summary>Excess over the counterfactual count in the bin (NaN when that is 0).</summary>
    public double ExcessRatio => CounterfactualAt != 0 ? (double)Excess / CounterfactualAt : double.NaN;

    /// <summary>Firms missing from the window below the threshold: the counterfactual's count there minus the scenario's.</summary>
    public long Missing => CounterfactualBelow - Below;

    /// <summary>Missing firms over the counterfactual's count in the window (NaN when that is 0).</summary>
    public double MissingRatio => CounterfactualBelow != 0 ? (double)Missing / CounterfactualBelow : double.NaN;

    /// <summary>
    /// The mass at <paramref name="threshold"/> in the histograms of <paramref name="measure"/>, given every threshold in
    /// force (<paramref name="thresholds"/>), whose own bins are left out of the window below.
    /// </summary>
    public static BunchingMass Of(YearBreakdown scenario, YearBreakdown counterfactual, HistogramKind measure, double threshold,
        IReadOnlyList<double> thresholds)
    {
        var bin = IntensityHistogram.BinOf(threshold);
        var thresholdBins = thresholds.Select(IntensityHistogram.BinOf).ToHashSet();
        var from = Math.Max(0, bin - BelowBins);
        long below = 0, counterfactualBelow = 0;
        for (var b = from; b < bin; b++)
        {
            if (thresholdBins.Contains(b)) continue;
            below += scenario.Count(measure, b);
            counterfactualBelow += counterfactual.Count(measure, b);
        }
        return new BunchingMass(scenario.Count(measure, bin), counterfactual.Count(measure, bin), below, counterfactualBelow,
            IntensityHistogram.LowerEdge(from));
    }
}
