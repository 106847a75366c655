using ScottPlot;

namespace Rdsim.Reporting.Charts;

/// <summary>
/// A boxed sentence placed on a chart in data coordinates: what a chart says instead of the values it cannot draw (every
/// value undefined), so that the reader learns why the chart is empty rather than guessing.
/// </summary>
internal static class ChartNote
{
    /// <summary>Adds <paramref name="text"/> centred at (<paramref name="x"/>, <paramref name="y"/>), on white in a grey frame.</summary>
    public static void Add(Plot plot, string text, double x, double y)
    {
        var note = plot.Add.Text(text, x, y);
        note.Alignment = Alignment.MiddleCenter;
        note.LabelFontSize = 16;
        note.LabelBackgroundColor = Colors.White;
        note.LabelBorderColor = Colors.Gray;
        note.LabelBorderWidth = 1;
        note.LabelPadding = 10;
    }
}
