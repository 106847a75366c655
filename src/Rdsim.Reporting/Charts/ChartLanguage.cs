namespace Rdsim.Reporting.Charts;

/// <summary>The language of chart titles, labels and brief headings (<c>--lang</c>).</summary>
public enum ChartLanguage
{
    /// <summary>English (default).</summary>
    En,
    /// <summary>Simplified Chinese; drawn with WenQuanYi Micro Hei.</summary>
    Zh,
}
