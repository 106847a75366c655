namespace Rdsim.Reporting.Tables;

/// <summary>One row of a <see cref="ResultTable{TRow}"/> as <see cref="ResultTable{TRow}.Stream"/> gives it: its cells by column, typed as the column says.</summary>
/// <typeparam name="TRow">The rows the table's columns read.</typeparam>
internal readonly struct TableRow<TRow>
{
    private readonly ResultTable<TRow> _table;
    private readonly TRow? _row;
    private readonly int _index;

    /// <summary>Row <paramref name="row"/> itself, or (when <paramref name="index"/> is not negative) row <paramref name="index"/> of <paramref name="table"/>'s cells.</summary>
    public TableRow(ResultTable<TRow> table, TRow? row, int index) => (_table, _row, _index) = (table, row, index);

    /// <summary>The text of a text column.</summary>
    public string Text(Column<TRow> column) => _index < 0 ? column.TextOf(_row!) : _table.Text(column, _index);

    /// <summary>The whole number of a whole-number column.</summary>
    public long Integer(Column<TRow> column) => _index < 0 ? column.IntegerOf(_row!) : _table.Integer(column, _index);

    /// <summary>The number of a number column, NaN when it is not finite (as it reads back).</summary>
    public double Number(Column<TRow> column) => _index < 0 ? column.NumberOf(_row!) : _table.Number(column, _index);
}
