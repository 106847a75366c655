namespace Rdsim.Reporting.Workbook;

/// <summary>
/// How a workbook cell's number is shown: rounded for reading, while the cell keeps the full value. Each has an
/// Excel number format code (<see cref="XlsxFormats.Code"/>).
/// </summary>
public enum XlsxFormat
{
    /// <summary>As the spreadsheet shows it by default (text, labels).</summary>
    General,

    /// <summary>A whole number without separators: years, replicates, grid points.</summary>
    Whole,

    /// <summary>A count with thousands separators: firms, patents.</summary>
    Count,

    /// <summary>Money in mn CNY, to 0.1 mn (100,000 yuan).</summary>
    Money,

    /// <summary>A fraction shown as a percentage to 0.1 point.</summary>
    Share,

    /// <summary>A percentage already in points (a threshold of 3 means 3%), to 0.01 point at most.</summary>
    Points,

    /// <summary>A ratio such as yuan of R&amp;D per yuan forgone, to two decimals.</summary>
    Ratio,

    /// <summary>An index (B-index, price index, marginal tax rate), to three decimals.</summary>
    Index,
}

/// <summary>The Excel number format codes of <see cref="XlsxFormat"/>, and the format a result column's unit calls for.</summary>
public static class XlsxFormats
{
    /// <summary>The number format code of <paramref name="format"/>.</summary>
    public static string Code(XlsxFormat format) => format switch
    {
        XlsxFormat.General => "General",
        XlsxFormat.Whole => "0",
        XlsxFormat.Count => "#,##0",
        XlsxFormat.Money => "#,##0.0",
        XlsxFormat.Share => "0.0%",
        XlsxFormat.Points => "0.0#",
        XlsxFormat.Ratio => "0.00",
        _ => "0.000",
    };

    /// <summary>The format of a number column of unit <paramref name="unit"/> (as <c>docs/outputs.md</c> names units).</summary>
    public static XlsxFormat ForNumber(string unit) => unit switch
    {
        "mn CNY" => XlsxFormat.Money,
        "fraction" => XlsxFormat.Share,
        "percent" => XlsxFormat.Points,
        "ratio" or "CNY per CNY" => XlsxFormat.Ratio,
        "firms" or "patents" => XlsxFormat.Count,
        _ => XlsxFormat.Index,
    };

    /// <summary>The format of a whole-number column of unit <paramref name="unit"/>: counts get separators, identifiers (years, indices) none.</summary>
    public static XlsxFormat ForInteger(string unit) => unit is "firms" or "patents" ? XlsxFormat.Count : XlsxFormat.Whole;
}
