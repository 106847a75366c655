namespace Rdsim.Calibration.Fitting;

/// <summary>
/// One dimension of the search: a named group of scenario parameters moved together by one coordinate
/// <c>u</c> (e.g. every active sector's latent-intensity median, scaled by the same factor).
/// </summary>
/// <param name="Name">Short name for tables, e.g. <c>intensityMedian</c>.</param>
/// <param name="Description">What it means for the firms.</param>
/// <param name="Keys">The dotted scenario parameters it sets.</param>
/// <param name="Transform">How <c>u</c> moves them.</param>
/// <param name="Step">The initial simplex step in <c>u</c>.</param>
/// <param name="Lower">Smallest <c>u</c> searched: the plausible range's lower end.</param>
/// <param name="Upper">Largest <c>u</c> searched: the plausible range's upper end.</param>
public sealed record FreeParameter(string Name, string Description, IReadOnlyList<string> Keys, ParameterTransform Transform, double Step,
    double Lower = -2, double Upper = 2)
{
    /// <summary>Whether <paramref name="u"/> lies within [<see cref="Lower"/>, <see cref="Upper"/>].</summary>
    public bool Contains(double u) => u >= Lower && u <= Upper;

    /// <summary>The value of a key whose starting value is <paramref name="start"/>, at coordinate <paramref name="u"/>.</summary>
    public double ValueAt(double start, double u) => Transform switch
    {
        ParameterTransform.LogScale => start * Math.Exp(u),
        ParameterTransform.LogitShift => Logistic(Logit(start) + u),
        ParameterTransform.Shift => start + u,
        _ => throw new ArgumentOutOfRangeException(nameof(u)),
    };

    /// <summary>
    /// The coordinate at which a key that starts at <paramref name="start"/> has <paramref name="value"/> (the inverse of
    /// <see cref="ValueAt"/>); NaN where the start says nothing about it: a scaled start of 0, a share at 0 or 1.
    /// </summary>
    public double CoordinateOf(double start, double value) => Transform switch
    {
        ParameterTransform.LogScale => start > 0 && value > 0 ? Math.Log(value / start) : double.NaN,
        ParameterTransform.LogitShift => start is > ShareEdge and < 1 - ShareEdge ? Logit(value) - Logit(start) : double.NaN,
        ParameterTransform.Shift => value - start,
        _ => throw new ArgumentOutOfRangeException(nameof(start)),
    };

    /// <summary>How near 0 or 1 a share is clamped before its log-odds are taken.</summary>
    private const double ShareEdge = 1e-6;

    private static double Logit(double p)
    {
        var q = Math.Clamp(p, ShareEdge, 1 - ShareEdge);
        return Math.Log(q / (1 - q));
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
