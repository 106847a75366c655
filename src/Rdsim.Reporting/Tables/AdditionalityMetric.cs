using Rdsim.Engine.Results;

namespace Rdsim.Reporting.Tables;

/// <summary>One quantity of what the incentives bought (<see cref="AdditionalityColumns"/>).</summary>
/// <param name="name">The column's name (after a prefix such as <c>cum_</c>).</param>
/// <param name="unit">Its unit.</param>
/// <param name="text">What it is; the column's description adds the span it covers.</param>
/// <param name="value">Its value (NaN where undefined).</param>
public sealed class AdditionalityMetric(string name, string unit, string text, Func<Additionality, double> value)
{
    /// <summary>The column's name (after a prefix such as <c>cum_</c>).</summary>
    public string Name => name;

    /// <summary>Its value in an additionality (NaN where undefined).</summary>
    public double Value(Additionality additionality) => value(additionality);

    /// <summary>A sum of money (mn CNY).</summary>
    public static AdditionalityMetric Money(string name, string text, Func<Additionality, double> value) => new(name, "mn CNY", text, value);

    /// <summary>The quantity as a column named with <paramref name="prefix"/>, over <paramref name="span"/>; empty where <paramref name="select"/> gives none.</summary>
    public Column<TRow> AsColumn<TRow>(string prefix, string span, Func<TRow, Additionality?> select) =>
        Column<TRow>.Number(prefix + name, unit, $"{text} ({span})", r => select(r) is { } a ? value(a) : double.NaN);
}
