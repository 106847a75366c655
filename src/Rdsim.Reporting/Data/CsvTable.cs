using System.Globalization;
using CsvHelper;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Reporting.Data;

/// <summary>A result CSV read back: its header and its rows as text, for charts and briefs drawn from stored results.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;

    private CsvTable(string path, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
        _index = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>Column names.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Rows, each with one cell per column.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads a CSV written by <see cref="Tables.TableWriter"/>.</summary>
    /// <exception cref="InputException">When the file is missing or has no header.</exception>
    public static CsvTable Read(string path)
    {
        if (!File.Exists(path)) throw Bad(path, 0, "the file is missing: the folder is not a complete run");
        var options = CsvReaderOptions.Default with { Separator = ',', HasHeader = true, FormatProvider = CultureInfo.InvariantCulture };
        using var csv = CsvReader.Create(File.OpenRead(path), options, leaveOpen: false);
        var header = csv.Headers.ToArray();
        if (header.Length == 0) throw Bad(path, 1, "the file is empty or has no header line");
        var rows = new List<string[]>();
        while (csv.Read())
        {
            var row = new string[header.Length];
            for (var i = 0; i < row.Length && i < csv.FieldCount; i++) row[i] = csv.GetString(i) ?? "";
            rows.Add(row);
        }
        return new CsvTable(path, header, rows);
    }

    /// <summary>The position of a column.</summary>
    /// <exception cref="InputException">When the file has no such column.</exception>
    public int Column(string name) =>
        _index.TryGetValue(name, out var i) ? i : throw Bad(Path, 1, $"there is no column '{name}' (was it renamed?): not a file rdsim wrote");

    /// <summary>A whole-number cell (a year, an index) of <paramref name="column"/> in <paramref name="row"/>.</summary>
    /// <exception cref="InputException">When the cell is not a whole number.</exception>
    public int Integer(string[] row, int column) =>
        int.TryParse(row[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(Path, 0, $"'{row[column]}' in column '{Header[column]}' is not a whole number: not a file rdsim wrote");

    /// <summary>An input error about this file (a stored result that is not what rdsim wrote).</summary>
    public InputException Invalid(string message) => Bad(Path, 0, message);

    private static InputException Bad(string path, int line, string message) => new(new Diagnostic(Severity.Error, path, line, 0, "", message));

    /// <summary>A cell as a number; NaN when empty (a ratio with a zero denominator).</summary>
    public static double Number(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
}
