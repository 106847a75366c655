namespace Rdsim.Reporting.Tables;

/// <summary>
/// One documented column of a result table: its name, unit and description, and what its cells hold. The same definition
/// writes the column (<see cref="TableWriter"/>), reads it back (<see cref="ResultTable{TRow}"/>) and documents it
/// (docs/outputs.md), so a column renamed or retyped is renamed or retyped for all three at once.
/// </summary>
/// <param name="Name">Column header (snake_case).</param>
/// <param name="Unit">Unit (<c>mn CNY</c>, <c>firms</c>, <c>fraction</c>, …).</param>
/// <param name="Description">What the column holds.</param>
/// <param name="Kind">What its cells hold.</param>
public abstract record Column(string Name, string Unit, string Description, CellKind Kind);

/// <summary>What a column's cells hold, and so how they are written and read back.</summary>
public enum CellKind
{
    /// <summary>Text, written as it is (CSV-quoted where needed).</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number, written with round-trip precision; empty when it is not finite (a ratio with a zero denominator).</summary>
    Number,
}

/// <summary>A column of a table whose rows are <typeparamref name="TRow"/>: how its cell is taken from a row.</summary>
/// <typeparam name="TRow">The row type the column reads (it ties the column to its table: a column of one table cannot be asked of another).</typeparam>
public sealed record Column<TRow> : Column
{
    private readonly Func<TRow, string>? _text;
    private readonly Func<TRow, long>? _integer;
    private readonly Func<TRow, double>? _number;

    private Column(string name, string unit, string description, CellKind kind,
        Func<TRow, string>? text = null, Func<TRow, long>? integer = null, Func<TRow, double>? number = null)
        : base(name, unit, description, kind)
    {
        (_text, _integer, _number) = (text, integer, number);
    }

    /// <summary>A text column.</summary>
    public static Column<TRow> Text(string name, string unit, string description, Func<TRow, string> value) => new(name, unit, description, CellKind.Text, text: value);

    /// <summary>A whole-number column.</summary>
    public static Column<TRow> Integer(string name, string unit, string description, Func<TRow, long> value) => new(name, unit, description, CellKind.Integer, integer: value);

    /// <summary>A number column (not finite: written empty, read back as NaN).</summary>
    public static Column<TRow> Number(string name, string unit, string description, Func<TRow, double> value) => new(name, unit, description, CellKind.Number, number: value);

    /// <summary>The cell of a text column.</summary>
    internal string TextOf(TRow row) => _text!(row);

    /// <summary>The cell of a whole-number column.</summary>
    internal long IntegerOf(TRow row) => _integer!(row);

    /// <summary>The cell of a number column, NaN when it is not finite (as it reads back).</summary>
    internal double NumberOf(TRow row) => _number!(row) is var value && double.IsFinite(value) ? value : double.NaN;

    /// <summary>The cell as written.</summary>
    internal string Format(TRow row) => Kind switch
    {
        CellKind.Text => TextOf(row),
        CellKind.Integer => CsvText.Integer(IntegerOf(row)),
        _ => CsvText.Number(NumberOf(row)),
    };
}
