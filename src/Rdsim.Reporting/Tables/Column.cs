namespace Rdsim.Reporting.Tables;

/// <summary>One documented column of an output table.</summary>
/// <typeparam name="TRow">The row type the column reads.</typeparam>
/// <param name="Name">Column header (snake_case).</param>
/// <param name="Unit">Unit (<c>mn CNY</c>, <c>firms</c>, <c>fraction</c>, …).</param>
/// <param name="Description">What the column holds.</param>
/// <param name="Value">Formats the column's value for a row.</param>
public sealed record Column<TRow>(string Name, string Unit, string Description, Func<TRow, string> Value);
