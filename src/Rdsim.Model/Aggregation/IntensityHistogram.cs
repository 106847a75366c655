namespace Rdsim.Model.Aggregation;

/// <summary>
/// Counts of firms by reported R&amp;D intensity in 0.1-point bins from 0 to 15%, plus one bin for 15% and
/// more: where bunching at the HNTE thresholds shows. Bin k holds intensities in [k/1000, (k+1)/1000).
/// A value within 1e-9 of a bin edge counts in the bin that starts there: a buncher's intensity of
/// exactly 3% may be computed as 0.029999999999, and truncating it would move every buncher one bin down.
/// </summary>
public static class IntensityHistogram
{
    /// <summary>Number of 0.1-point bins below 15%.</summary>
    public const int Bins = 150;

    /// <summary>Bin width, as a fraction.</summary>
    public const double BinWidth = 0.001;

    /// <summary>Total slots: the bins plus the 15%-and-over bin.</summary>
    public const int Slots = Bins + 1;

    /// <summary>Histograms kept per breakdown, one per <see cref="HistogramKind"/>.</summary>
    public const int Kinds = (int)HistogramKind.WindowHnte + 1;

    /// <summary>The index of <paramref name="bin"/> of <paramref name="kind"/> in a breakdown's flat histogram array.</summary>
    public static int Index(HistogramKind kind, int bin) => (int)kind * Slots + bin;

    /// <summary>The bin of an intensity (a fraction).</summary>
    public static int BinOf(double intensity)
    {
        var scaled = Math.Round(intensity / BinWidth, 9);
        var bin = (int)Math.Floor(Math.Min(scaled, Bins));
        return Math.Max(0, bin);
    }

    /// <summary>The lower edge of bin <paramref name="bin"/>, as a fraction.</summary>
    public static double LowerEdge(int bin) => bin * BinWidth;
}
