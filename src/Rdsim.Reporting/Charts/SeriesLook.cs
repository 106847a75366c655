using ScottPlot;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// How the line of an overlay is drawn, by its place in the drawing order: the first widest and solid with the largest
/// markers, each later one narrower, with its own dash pattern and marker shape. A line drawn over an equal one (two
/// scenarios with the same numbers, say the baseline under a reform that changes nothing) so never hides it: the earlier
/// line shows at the later one's edges and through its gaps, its markers around the later one's, and the legend tells
/// them apart by pattern and shape as well as by colour.
/// </summary>
/// <param name="LineWidth">Line width in pixels.</param>
/// <param name="Pattern">Dash pattern.</param>
/// <param name="Marker">Marker shape.</param>
/// <param name="MarkerSize">Marker size in pixels.</param>
public sealed record SeriesLook(float LineWidth, LinePattern Pattern, MarkerShape Marker, float MarkerSize)
{
    /// <summary>Patterns in drawing order; after the solid first line each leaves gaps for the lines beneath.</summary>
    private static readonly LinePattern[] Patterns =
    [
        LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed, new([12, 4, 3, 4], 0, "dash-dot"),
    ];

    /// <summary>Marker shapes in drawing order, each narrower than a circle of the size before it.</summary>
    private static readonly MarkerShape[] Markers =
    [
        MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleDown,
        MarkerShape.Eks,
    ];

    /// <summary>Line widths in drawing order, each a pixel or so narrower, so that the one beneath shows at both edges.</summary>
    private static readonly float[] Widths = [5f, 4f, 3f, 2.2f, 1.5f];

    /// <summary>Marker sizes in drawing order, so that each marker shows around the later, smaller ones.</summary>
    private static readonly float[] Sizes = [11f, 9f, 7.5f, 6f, 4.5f];

    /// <summary>The look of the line drawn <paramref name="order"/>-th (0 first, underneath the others).</summary>
    public static SeriesLook Of(int order) => new(
        Widths[Math.Min(order, Widths.Length - 1)],
        Patterns[order % Patterns.Length],
        Markers[order % Markers.Length],
        Sizes[Math.Min(order, Sizes.Length - 1)]);

    /// <summary>Gives <paramref name="line"/> this look.</summary>
    public void Apply(ScottPlot.Plottables.Scatter line)
    {
        line.LineWidth = LineWidth;
        line.LinePattern = Pattern;
        line.MarkerShape = Marker;
        line.MarkerSize = MarkerSize;
    }
}
