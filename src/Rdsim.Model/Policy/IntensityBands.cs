namespace Rdsim.Model.Policy;

/// <summary>
/// The HNTE R&amp;D-intensity test: the minimum ratio of reported R&amp;D to revenue (summed over the last
/// three years), with the band chosen by the latest year's revenue. Any number of bands: ascending upper
/// revenue edges, one threshold per band (one more than the edges), and for each edge whether a revenue
/// exactly at it belongs to the band below. The three rule sets of law are presets of these values.
/// </summary>
/// <remarks>
/// Well formed means: edges positive, finite and strictly ascending; thresholds in (0, 1); edges + 1
/// thresholds; one edge rule per edge. The scenario loader checks this for every year (with the file and line
/// of the value at fault); the model trusts it, so that <see cref="ThresholdFor"/> stays a few comparisons.
/// As with <see cref="YearPolicy"/>'s lists, record equality compares the lists by reference: compare
/// <see cref="Edges"/>, <see cref="Thresholds"/> and <see cref="EdgeInLowerBand"/> to compare two rules.
/// </remarks>
public sealed record IntensityBands
{
    private readonly double[] _edges = [];
    private readonly double[] _thresholds = [];
    private readonly bool[] _edgeInLowerBand = [];

    /// <summary>A rule with the given bands (the lists are copied).</summary>
    /// <param name="edges">See <see cref="Edges"/>.</param>
    /// <param name="thresholds">See <see cref="Thresholds"/>.</param>
    /// <param name="edgeInLowerBand">See <see cref="EdgeInLowerBand"/>.</param>
    public IntensityBands(IReadOnlyList<double> edges, IReadOnlyList<double> thresholds, IReadOnlyList<bool> edgeInLowerBand)
    {
        Edges = edges;
        Thresholds = thresholds;
        EdgeInLowerBand = edgeInLowerBand;
    }

    /// <summary>
    /// 2008 rules (Guokefahuo [2008] 172 art. 10(4)): revenue below 50 mn → 6%; 50 to 200 mn → 4%; above 200 mn → 3%.
    /// Revenue of exactly 50 mn is in the 4% band ("below 50" excludes it), and so is exactly 200 mn ("50 to 200" includes it).
    /// </summary>
    public static IntensityBands Rules2008 { get; } = new([50, 200], [0.06, 0.04, 0.03], [false, true]);

    /// <summary>
    /// 2016 rules (Guokefahuo [2016] 32 art. 11(5)): revenue up to and including 50 mn → 5%; above 50 up to and
    /// including 200 mn → 4%; above 200 mn → 3%.
    /// </summary>
    public static IntensityBands Rules2016 { get; } = new([50, 200], [0.05, 0.04, 0.03], [true, true]);

    /// <summary>Before 2008: one 5% threshold for every firm (Guokefahuo [2000] 324), so no edges.</summary>
    public static IntensityBands RulesPre2008 { get; } = new([], [0.05], []);

    /// <summary>Upper revenue edges of every band but the last (mn CNY), ascending; empty for a single band.</summary>
    public IReadOnlyList<double> Edges { get => _edges; init => _edges = [.. value]; }

    /// <summary>The minimum intensity of each band, lowest revenue first: one more than <see cref="Edges"/>.</summary>
    public IReadOnlyList<double> Thresholds { get => _thresholds; init => _thresholds = [.. value]; }

    /// <summary>For each edge, whether a revenue exactly at it is in the band below (true) or the band above (false).</summary>
    public IReadOnlyList<bool> EdgeInLowerBand { get => _edgeInLowerBand; init => _edgeInLowerBand = [.. value]; }

    /// <summary>The minimum intensity for a firm whose latest-year revenue is <paramref name="revenue"/> (mn CNY).</summary>
    public double ThresholdFor(double revenue)
    {
        // Called for every firm-year: a scan of a handful of edges, no allocation. A revenue that is below no
        // edge (NaN included) is in the last band, as it was when the bands were three fixed fields.
        var edges = _edges;
        for (var i = 0; i < edges.Length; i++)
        {
            if (revenue < edges[i] || (revenue == edges[i] && _edgeInLowerBand[i])) return _thresholds[i];
        }
        return _thresholds[^1];
    }
}
