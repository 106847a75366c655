using System.Globalization;
using Rdsim.Model.Policy;

namespace Rdsim.Scenarios.Registry;

/// <summary>
/// Writes parameter values as a scenario file would: <c>0.5</c>, <c>true</c>, <c>rules2016</c>,
/// <c>[tobacco, realEstate]</c>, <c>[50, 200]</c>, <c>[false, true]</c>, <c>null</c>, and year-keyed values as
/// <c>{2008: 0.5, 2018: 0.75}</c>.
/// Numbers use the invariant culture and the shortest text that reads back to the same double.
/// </summary>
public static class ValueText
{
    /// <summary>One value.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string s => s,
        IEnumerable<string> list => List(list),
        IEnumerable<double> numbers => List(numbers.Select(n => Format(n))),
        IEnumerable<bool> flags => List(flags.Select(f => Format(f))),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>
    /// A year-keyed value as written: a scalar when it never changes, else <c>{year: value, …}</c>. A leading
    /// "unset before the first year" entry (sector overrides) is left out, as the file leaves it out.
    /// </summary>
    public static string Format(YearKeyed<object?> value)
    {
        var entries = value.Entries.ToList();
        if (entries.Count == 1) return Format(entries[0].Value);
        if (entries[0].Key == int.MinValue && entries[0].Value is null) entries.RemoveAt(0);
        return "{" + string.Join(", ", entries.Select(e => $"{YearText(e.Key)}: {Format(e.Value)}")) + "}";
    }

    /// <summary>
    /// The canonical text of a year-keyed value: equal for values that hold the same value in every year.
    /// The first entry's year is dropped (earlier years take the first value) and repeated values merge.
    /// </summary>
    public static string Canonical(YearKeyed<object?> value)
    {
        var parts = new List<string>();
        string? last = null;
        foreach (var entry in value.Entries)
        {
            var text = Format(entry.Value);
            if (last is null) parts.Add(text);
            else if (text != last) parts.Add($"{entry.Key}: {text}");
            last = text;
        }
        return parts.Count == 1 ? parts[0] : "{" + string.Join(", ", parts) + "}";
    }

    private static string List(IEnumerable<string> items) => $"[{string.Join(", ", items)}]";

    private static string YearText(int year) => year == int.MinValue ? "always" : year.ToString(CultureInfo.InvariantCulture);
}
