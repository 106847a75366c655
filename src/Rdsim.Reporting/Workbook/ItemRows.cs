namespace Rdsim.Reporting.Workbook;

/// <summary>
/// The rows of a summary sheet: an item, its value and its unit, one a row. Shared by the run's, the comparison's and the
/// sensitivity analysis's summaries, so that the three read alike.
/// </summary>
public static class ItemRows
{
    /// <summary>An item whose value is text (names, seeds, fingerprints: text keeps every digit).</summary>
    public static IReadOnlyList<XlsxCell> Text(string item, string value, string unit = "") => [XlsxCell.Of(item), XlsxCell.Of(value), XlsxCell.Of(unit)];

    /// <summary>An item whose value is a number, shown in <paramref name="format"/>.</summary>
    public static IReadOnlyList<XlsxCell> Value(string item, double value, XlsxFormat format, string unit) =>
        [XlsxCell.Of(item), XlsxCell.Of(value, format), XlsxCell.Of(unit)];

    /// <summary>A bold heading over the rows after it.</summary>
    public static IReadOnlyList<XlsxCell> Heading(string text) => [XlsxCell.Of(text, bold: true)];

    /// <summary>The sheet <paramref name="name"/> of <paramref name="rows"/> under the bold headers <paramref name="header"/> (item, value, unit).</summary>
    public static XlsxSheet Sheet(string name, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<XlsxCell>> rows, IReadOnlyList<double>? widths = null) =>
        new(name, [.. header.Select(h => XlsxCell.Of(h, bold: true))], rows, Widths: widths ?? [44, 60, 44]);
}
