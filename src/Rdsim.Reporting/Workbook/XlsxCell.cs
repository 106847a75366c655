namespace Rdsim.Reporting.Workbook;

/// <summary>One cell of a workbook sheet: text, a number shown in a <see cref="XlsxFormat"/>, or empty; bold for headers and totals.</summary>
/// <param name="Text">The text, or null for a number or an empty cell.</param>
/// <param name="Number">The number (NaN for text or an empty cell).</param>
/// <param name="Format">How the number is shown.</param>
/// <param name="Bold">Whether the cell is bold.</param>
public readonly record struct XlsxCell(string? Text, double Number, XlsxFormat Format, bool Bold)
{
    /// <summary>An empty cell.</summary>
    public static XlsxCell Empty { get; } = new(null, double.NaN, XlsxFormat.General, false);

    /// <summary>Whether the cell holds nothing (no text, no finite number: an undefined ratio is left empty, as in the CSV).</summary>
    public bool IsEmpty => Text is null && !double.IsFinite(Number);

    /// <summary>A text cell.</summary>
    public static XlsxCell Of(string text, bool bold = false) => new(text, double.NaN, XlsxFormat.General, bold);

    /// <summary>A number cell; empty when <paramref name="value"/> is not finite.</summary>
    public static XlsxCell Of(double value, XlsxFormat format, bool bold = false) => new(null, value, format, bold);
}
