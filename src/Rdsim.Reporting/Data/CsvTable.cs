using System.Globalization;
using CsvHelper;

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
    /// <exception cref="InvalidDataException">When the file has no header.</exception>
    public static CsvTable Read(string path)
    {
        var options = CsvReaderOptions.Default with { Separator = ',', HasHeader = true, FormatProvider = CultureInfo.InvariantCulture };
        using var csv = CsvReader.Create(File.OpenRead(path), options, leaveOpen: false);
        var header = csv.Headers.ToArray();
        if (header.Length == 0) throw new InvalidDataException($"{path} has no header.");
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
    /// <exception cref="InvalidDataException">When the file has no such column.</exception>
    public int Column(string name) =>
        _index.TryGetValue(name, out var i) ? i : throw new InvalidDataException($"{Path} has no column '{name}'.");

    /// <summary>A cell as a number; NaN when empty (a ratio with a zero denominator).</summary>
    public static double Number(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
}
