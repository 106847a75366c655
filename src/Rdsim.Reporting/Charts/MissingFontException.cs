namespace Rdsim.Reporting.Charts;

/// <summary>
/// The font charts need is not installed. Without it ScottPlot would write charts with no text at all,
/// so nothing is drawn; the message names the Debian package to install.
/// </summary>
public sealed class MissingFontException(string message, string messageZh) : Exception(message)
{
    /// <summary>The message in Chinese, for a verb run with <c>--lang zh</c>.</summary>
    public string MessageZh { get; } = messageZh;
}
