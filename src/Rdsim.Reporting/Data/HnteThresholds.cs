using Rdsim.Model.Policy;

namespace Rdsim.Reporting.Data;

/// <summary>The HNTE intensity thresholds in force in a year: where bunching is looked for and marked.</summary>
public static class HnteThresholds
{
    /// <summary>The distinct thresholds of <paramref name="policy"/>'s revenue bands (fractions, ascending); none when the regime is off.</summary>
    public static IReadOnlyList<double> In(YearPolicy policy)
    {
        if (!policy.HnteEnabled) return [];
        var bands = policy.IntensityBands;
        return [.. new[] { bands.SmallIntensity, bands.MediumIntensity, bands.LargeIntensity }.Distinct().Order()];
    }
}
