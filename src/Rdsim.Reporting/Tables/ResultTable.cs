using System.Globalization;
using CsvHelper;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Reporting.Tables;

/// <summary>
/// A result table in memory: its columns (the shared definitions) and every cell, typed as its column says. Made from rows
/// (a run's results, each cell taken by its column) or read back from the CSV file <see cref="Write"/> wrote, through the same
/// columns; both give the same cells, bit for bit. Either way the cells are taken only when first asked for, so a table
/// that is only written is never held.
/// </summary>
/// <typeparam name="TRow">The rows the table's columns read.</typeparam>
public sealed class ResultTable<TRow>
{
    private readonly Func<IEnumerable<TRow>>? _rows;
    private readonly string? _file;
    private readonly Lazy<Cells> _cells;
    private readonly Dictionary<Column, int> _index;

    private ResultTable(IReadOnlyList<Column<TRow>> columns, Func<IEnumerable<TRow>>? rows, string? file)
    {
        Columns = columns;
        (_rows, _file) = (rows, file);
        _index = new Dictionary<Column, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < columns.Count; i++) _index[columns[i]] = i;
        _cells = new Lazy<Cells>(() => _rows is not null ? Cells.Of(Columns, _rows()) : Cells.Read(_file!, Columns));
    }

    /// <summary>The columns, in file order.</summary>
    public IReadOnlyList<Column<TRow>> Columns { get; }

    /// <summary>How many rows.</summary>
    public int Count => _cells.Value.Count;

    /// <summary>An input error about the stored file this table was read from (a table rdsim could not have written).</summary>
    internal InputException Invalid(Bilingual message) => new(Diagnostic.Error(_file ?? "(results in memory)", 0, 0, "", message));

    /// <summary>The table of <paramref name="rows"/> (enumerated when the table is written or first read).</summary>
    public static ResultTable<TRow> Of(IReadOnlyList<Column<TRow>> columns, Func<IEnumerable<TRow>> rows) => new(columns, rows, null);

    /// <summary>The table stored in <paramref name="path"/>, read through <paramref name="columns"/> when first asked for.</summary>
    /// <remarks>The cells throw <see cref="InputException"/> when the file is missing, lacks a column, or holds a cell of the wrong kind.</remarks>
    public static ResultTable<TRow> Read(string path, IReadOnlyList<Column<TRow>> columns) => new(columns, null, path);

    /// <summary>
    /// Writes the table as CSV (UTF-8, with a byte-order mark when <paramref name="byteOrderMark"/>, LF, invariant culture),
    /// atomically: from its rows as they come, or from its cells.
    /// </summary>
    public void Write(string path, bool byteOrderMark = false)
    {
        if (_rows is not null && !_cells.IsValueCreated) TableWriter.Write(path, Columns, _rows(), byteOrderMark);
        else TableWriter.Write(path, Columns, Enumerable.Range(0, Count), (column, row) => _cells.Value.Format(_index[column], row), byteOrderMark);
    }

    /// <summary>The cell of <paramref name="column"/> in row <paramref name="row"/> as <see cref="Write"/> writes it.</summary>
    public string Format(Column<TRow> column, int row) => _cells.Value.Format(At(column, column.Kind), row);

    /// <summary>The text of <paramref name="column"/> in row <paramref name="row"/>.</summary>
    public string Text(Column<TRow> column, int row) => _cells.Value.Text(At(column, CellKind.Text), row);

    /// <summary>The whole number of <paramref name="column"/> in row <paramref name="row"/>.</summary>
    public long Integer(Column<TRow> column, int row) => _cells.Value.Integer(At(column, CellKind.Integer), row);

    /// <summary>The number of <paramref name="column"/> (a number or whole-number column) in row <paramref name="row"/>; NaN when empty.</summary>
    public double Number(Column<TRow> column, int row) => _cells.Value.Number(At(column, column.Kind == CellKind.Integer ? CellKind.Integer : CellKind.Number), row);

    /// <summary>
    /// Every row in order as its cells, one at a time: taken from the rows themselves when the table was made from them and
    /// its cells were not yet asked for (so that writing a large table elsewhere, as a workbook sheet, never holds it), else
    /// from the cells. Either way the values are those <see cref="Write"/> writes.
    /// </summary>
    internal IEnumerable<TableRow<TRow>> Stream()
    {
        if (_rows is not null && !_cells.IsValueCreated)
        {
            foreach (var row in _rows()) yield return new TableRow<TRow>(this, row, -1);
        }
        else
        {
            for (var i = 0; i < Count; i++) yield return new TableRow<TRow>(this, default, i);
        }
    }

    private int At(Column<TRow> column, CellKind kind)
    {
        if (!_index.TryGetValue(column, out var i)) throw new ArgumentException($"The table has no column {column.Name}.", nameof(column));
        if (column.Kind != kind) throw new ArgumentException($"Column {column.Name} holds {column.Kind}, not {kind}.", nameof(column));
        return i;
    }

    /// <summary>The cells, column by column, each column in an array of its kind.</summary>
    private sealed class Cells
    {
        private readonly Array[] _columns;

        private Cells(Array[] columns, int count)
        {
            _columns = columns;
            Count = count;
        }

        public int Count { get; }

        public static Cells Of(IReadOnlyList<Column<TRow>> columns, IEnumerable<TRow> rows)
        {
            var values = Lists(columns);
            var count = 0;
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    switch (columns[i].Kind)
                    {
                        case CellKind.Text: ((List<string>)values[i]).Add(columns[i].TextOf(row)); break;
                        case CellKind.Integer: ((List<long>)values[i]).Add(columns[i].IntegerOf(row)); break;
                        default: ((List<double>)values[i]).Add(columns[i].NumberOf(row)); break;
                    }
                }
                count++;
            }
            return new Cells([.. values.Select(ToArray)], count);
        }

        /// <summary>The cells of a CSV file rdsim wrote with <paramref name="columns"/>: each column found by its name, each cell by its kind.</summary>
        public static Cells Read(string path, IReadOnlyList<Column<TRow>> columns)
        {
            if (!File.Exists(path)) throw Bad(path, 0, new("the file is missing: the folder is not a complete run", "缺少该文件：该文件夹不是完整的运行结果"));
            var options = CsvReaderOptions.Default with { Separator = ',', HasHeader = true, FormatProvider = CultureInfo.InvariantCulture };
            using var csv = CsvReader.Create(File.OpenRead(path), options, leaveOpen: false);
            var header = csv.Headers.ToArray();
            if (header.Length == 0) throw Bad(path, 1, new("the file is empty or has no header line", "文件为空或没有表头行"));
            var positions = columns.Select(c => Array.IndexOf(header, c.Name) is var p and >= 0
                ? p : throw Bad(path, 1, new($"there is no column '{c.Name}' (was it renamed?): not a file rdsim wrote", $"没有列 '{c.Name}'（是否被改名？）：不是 rdsim 写的文件"))).ToArray();
            var values = Lists(columns);
            var line = 1;
            while (csv.Read())
            {
                line++;
                for (var i = 0; i < columns.Count; i++)
                {
                    var cell = positions[i] < csv.FieldCount ? csv.GetString(positions[i]) ?? "" : "";
                    switch (columns[i].Kind)
                    {
                        case CellKind.Text:
                            ((List<string>)values[i]).Add(cell);
                            break;
                        case CellKind.Integer:
                            ((List<long>)values[i]).Add(long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                                ? integer : throw Bad(path, line, new($"'{cell}' in column '{columns[i].Name}' is not a whole number: not a file rdsim wrote",
                                    $"列 '{columns[i].Name}' 中的 '{cell}' 不是整数：不是 rdsim 写的文件")));
                            break;
                        default:
                            ((List<double>)values[i]).Add(cell.Length == 0 ? double.NaN
                                : double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                                    ? number : throw Bad(path, line, new($"'{cell}' in column '{columns[i].Name}' is not a number: not a file rdsim wrote",
                                        $"列 '{columns[i].Name}' 中的 '{cell}' 不是数：不是 rdsim 写的文件")));
                            break;
                    }
                }
            }
            return new Cells([.. values.Select(ToArray)], line - 1);
        }

        public string Text(int column, int row) => ((string[])_columns[column])[row];

        public long Integer(int column, int row) => ((long[])_columns[column])[row];

        public double Number(int column, int row) => _columns[column] is long[] integers ? integers[row] : ((double[])_columns[column])[row];

        public string Format(int column, int row) => _columns[column] switch
        {
            string[] texts => texts[row],
            long[] integers => CsvText.Integer(integers[row]),
            var numbers => CsvText.Number(((double[])numbers)[row]),
        };

        /// <summary>An empty list per column, of the column's kind.</summary>
        private static System.Collections.IList[] Lists(IReadOnlyList<Column<TRow>> columns) => [.. columns.Select(c => c.Kind switch
        {
            CellKind.Text => (System.Collections.IList)new List<string>(),
            CellKind.Integer => new List<long>(),
            _ => new List<double>(),
        })];

        private static Array ToArray(System.Collections.IList list) => list switch
        {
            List<string> texts => texts.ToArray(),
            List<long> integers => integers.ToArray(),
            _ => ((List<double>)list).ToArray(),
        };

        private static InputException Bad(string path, int line, Bilingual message) => new(Diagnostic.Error(path, line, 0, "", message));
    }
}
