using Rdsim.Model.Aggregation;

namespace Rdsim.Reporting.Tables;

/// <summary>One quantity of a world's aggregate in a year (<see cref="WorldColumns"/>): a count, or a number (money, a ratio, an index).</summary>
public sealed class WorldMetric
{
    private readonly Func<YearAggregate, long>? _count;
    private readonly Func<YearAggregate, double> _number;

    private WorldMetric(string name, string unit, string text, Func<YearAggregate, long>? count, Func<YearAggregate, double> number)
    {
        (Name, Unit, Text, _count, _number) = (name, unit, text, count, number);
    }

    /// <summary>The column's name (after a prefix such as <c>cf_</c>).</summary>
    public string Name { get; }

    /// <summary>Its unit.</summary>
    public string Unit { get; }

    /// <summary>What it is; the column's description adds the world it describes.</summary>
    public string Text { get; }

    /// <summary>A count of firms or patents.</summary>
    public static WorldMetric Count(string name, string unit, string text, Func<YearAggregate, long> count) => new(name, unit, text, count, a => count(a));

    /// <summary>A sum of money (mn CNY).</summary>
    public static WorldMetric Money(string name, string text, Func<YearAggregate, double> sum) => new(name, "mn CNY", text, null, sum);

    /// <summary>A number of another unit.</summary>
    public static WorldMetric Number(string name, string unit, string text, Func<YearAggregate, double> value) => new(name, unit, text, null, value);

    /// <summary>A fraction of two of the aggregate's sums; undefined (empty) when the denominator is zero.</summary>
    public static WorldMetric Ratio(string name, string text, Func<YearAggregate, double> numerator, Func<YearAggregate, double> denominator) =>
        new(name, "fraction", text, null, a => denominator(a) is var d && d != 0 ? numerator(a) / d : double.NaN);

    /// <summary>The quantity as a column named with <paramref name="prefix"/>, reading the aggregate of <paramref name="world"/> through <paramref name="select"/>.</summary>
    public Column<TRow> AsColumn<TRow>(string prefix, string world, Func<TRow, YearAggregate> select) => _count is { } count
        ? Column<TRow>.Integer(prefix + Name, Unit, $"{Text} ({world})", r => count(select(r)))
        : Column<TRow>.Number(prefix + Name, Unit, $"{Text} ({world})", r => _number(select(r)));
}
