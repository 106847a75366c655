namespace Rdsim.Reporting.Workbook;

/// <summary>
/// One sheet of a workbook: a header row (frozen, so it stays in view, and with a filter when <see cref="Filter"/>),
/// the rows as they come (streamed, never held), and an optional bold totals row under them.
/// </summary>
/// <param name="Name">The sheet's name (at most 31 characters, none of <c>[]:*?/\</c>).</param>
/// <param name="Header">The header cells.</param>
/// <param name="Rows">The rows, each a cell per header cell.</param>
/// <param name="Totals">The totals row, if a sum is meaningful.</param>
/// <param name="Filter">Whether the header gets a filter (for tidy tables: pick a year, a world, a group).</param>
/// <param name="CutNote">
/// What the last row says when <see cref="Rows"/> hold more rows than a sheet can (<see cref="XlsxWriter.MaxRows"/>):
/// where the others are.
/// </param>
/// <param name="Widths">Each column's width in characters; by default its header's length, within bounds.</param>
public sealed record XlsxSheet(string Name, IReadOnlyList<XlsxCell> Header, IEnumerable<IReadOnlyList<XlsxCell>> Rows,
    IReadOnlyList<XlsxCell>? Totals = null, bool Filter = false, string? CutNote = null, IReadOnlyList<double>? Widths = null);
