using Rdsim.Model.Policy;

namespace Rdsim.Reporting.Data;

/// <summary>The HNTE intensity thresholds in force in a year: where bunching is looked for and marked.</summary>
public static class HnteThresholds
{
    /// <summary>
    /// The distinct thresholds of <paramref name="policy"/>'s revenue bands, however many bands there are (fractions,
    /// ascending); none when the regime is off.
    /// </summary>
    public static IReadOnlyList<double> In(YearPolicy policy) =>
        policy.HnteEnabled ? [.. policy.IntensityBands.Thresholds.Distinct().Order()] : [];
}
