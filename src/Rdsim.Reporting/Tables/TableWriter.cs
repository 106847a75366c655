using CsvHelper;
using Rdsim.Scenarios.IO;

namespace Rdsim.Reporting.Tables;

/// <summary>Writes a table of documented columns as CSV (UTF-8, a byte-order mark when asked, LF, invariant culture), atomically.</summary>
public static class TableWriter
{
    /// <summary>Writes <paramref name="rows"/> under the header of <paramref name="columns"/> to <paramref name="path"/>, with a byte-order mark when <paramref name="byteOrderMark"/>.</summary>
    public static void Write<TRow>(string path, IReadOnlyList<Column<TRow>> columns, IEnumerable<TRow> rows, bool byteOrderMark = false) =>
        Write(path, columns, rows, (column, row) => column.Format(row), byteOrderMark);

    /// <summary>
    /// Writes one line per item of <paramref name="items"/>, each cell as <paramref name="cell"/> gives it, under the header of
    /// <paramref name="columns"/>, with a byte-order mark when <paramref name="byteOrderMark"/>.
    /// </summary>
    public static void Write<TRow, TItem>(string path, IReadOnlyList<Column<TRow>> columns, IEnumerable<TItem> items, Func<Column<TRow>, TItem, string> cell,
        bool byteOrderMark = false) =>
        AtomicFile.Write(path, stream =>
        {
            using var csv = CsvWriter.Create(stream, CsvFormat.WriterFor(byteOrderMark), leaveOpen: true);
            foreach (var column in columns) csv.WriteField(column.Name);
            csv.EndRecord();
            foreach (var item in items)
            {
                foreach (var column in columns) csv.WriteField(cell(column, item));
                csv.EndRecord();
            }
        });

    /// <summary>The columns as a Markdown table (name, unit, description), for the documentation.</summary>
    public static string Describe(IEnumerable<Column> columns) =>
        "| column | unit | description |\n|---|---|---|\n"
        + string.Concat(columns.Select(c => $"| `{c.Name}` | {c.Unit} | {c.Description.Replace("|", "\\|")} |\n"));
}
