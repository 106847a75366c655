namespace Rdsim.Reporting.Charts;

/// <summary>
/// The font charts need is not installed. Without it ScottPlot would write charts with no text at all,
/// so nothing is drawn; the message names the Debian package to install.
/// </summary>
public sealed class MissingFontException(string message) : Exception(message);
