namespace Rdsim.Model.Policy;

/// <summary>
/// The HNTE R&amp;D-intensity test: the minimum ratio of reported R&amp;D to revenue (summed over the last
/// three years), with the band chosen by the latest year's revenue.
/// </summary>
/// <param name="Name">Rule-set name as written in scenario files.</param>
/// <param name="SmallMaxRevenue">Upper revenue edge of the small band (mn CNY).</param>
/// <param name="SmallEdgeInclusive">Whether revenue exactly at <paramref name="SmallMaxRevenue"/> is still small.</param>
/// <param name="SmallIntensity">Minimum intensity for small firms.</param>
/// <param name="MediumMaxRevenue">Upper revenue edge (inclusive) of the medium band (mn CNY).</param>
/// <param name="MediumIntensity">Minimum intensity for medium firms.</param>
/// <param name="LargeIntensity">Minimum intensity above the medium band.</param>
public sealed record IntensityBands(
    string Name,
    double SmallMaxRevenue,
    bool SmallEdgeInclusive,
    double SmallIntensity,
    double MediumMaxRevenue,
    double MediumIntensity,
    double LargeIntensity)
{
    /// <summary>
    /// 2008 rules (Guokefahuo [2008] 172): revenue below 50 mn → 6%; 50 to 200 mn → 4%; above 200 mn → 3%.
    /// Revenue of exactly 50 mn is in the 4% band.
    /// </summary>
    public static IntensityBands Rules2008 { get; } = new("rules2008", 50, false, 0.06, 200, 0.04, 0.03);

    /// <summary>
    /// 2016 rules (Guokefahuo [2016] 32): revenue up to and including 50 mn → 5%; above 50 up to and
    /// including 200 mn → 4%; above 200 mn → 3%.
    /// </summary>
    public static IntensityBands Rules2016 { get; } = new("rules2016", 50, true, 0.05, 200, 0.04, 0.03);

    /// <summary>Before 2008: one 5% threshold for every firm (Guokefahuo [2000] 324).</summary>
    public static IntensityBands RulesPre2008 { get; } = new("rulesPre2008", double.PositiveInfinity, true, 0.05, double.PositiveInfinity, 0.05, 0.05);

    /// <summary>The named rule sets a scenario may choose.</summary>
    public static IReadOnlyList<IntensityBands> Named { get; } = [Rules2008, Rules2016, RulesPre2008];

    /// <summary>The minimum intensity for a firm whose latest-year revenue is <paramref name="revenue"/> (mn CNY).</summary>
    public double ThresholdFor(double revenue)
    {
        var small = SmallEdgeInclusive ? revenue <= SmallMaxRevenue : revenue < SmallMaxRevenue;
        if (small) return SmallIntensity;
        return revenue <= MediumMaxRevenue ? MediumIntensity : LargeIntensity;
    }
}
