namespace Rdsim.Model.Aggregation;

/// <summary>
/// The intensity histograms a <see cref="YearBreakdown"/> keeps: by which intensity firms are counted, and which firms.
/// Annual intensity (reported R&amp;D ÷ the year's revenue) is what tax data record and the bunching literature plots;
/// the 3-year window intensity is what the HNTE test measures (docs/model.md §4 step 8).
/// </summary>
public enum HistogramKind
{
    /// <summary>Firms with reported R&amp;D, by annual intensity.</summary>
    AnnualAll,
    /// <summary>Firms at the HNTE rate, by annual intensity.</summary>
    AnnualHnte,
    /// <summary>Firms with reported R&amp;D, by 3-year window intensity.</summary>
    WindowAll,
    /// <summary>Firms at the HNTE rate, by 3-year window intensity.</summary>
    WindowHnte,
}
