using System.Globalization;
using CsvHelper;

namespace Rdsim.Scenarios.IO;

/// <summary>
/// The one CSV dialect rdsim writes: comma-separated, LF line ends, invariant culture, UTF-8 without a
/// byte-order mark unless asked for one (<c>--csv-bom</c>: Excel reads a file without it in the local code page, so
/// Chinese names turn to mojibake), and no spreadsheet-formula escaping (values are data, written as they are).
/// </summary>
public static class CsvFormat
{
    /// <summary>Writer options for every CSV file rdsim writes.</summary>
    public static CsvWriterOptions Writer { get; } = CsvWriterOptions.Default with
    {
        Separator = ',',
        NewLine = "\n",
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = false,
    };

    /// <summary>The writer options, starting the file with a UTF-8 byte-order mark when <paramref name="byteOrderMark"/>.</summary>
    public static CsvWriterOptions WriterFor(bool byteOrderMark) => byteOrderMark ? Writer with { WriteByteOrderMark = true } : Writer;
}
