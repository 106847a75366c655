namespace Rdsim.Model.Policy;

/// <summary>
/// A value that changes by year: each entry holds "from that year on". <c>{2008: 0.5, 2018: 0.75}</c>
/// gives 0.5 for 2008–2017 and 0.75 from 2018. Years before the first entry take the first entry's
/// value, so a scenario that starts earlier than its first entry still has a defined policy.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class YearKeyed<T>
{
    private readonly int[] _years;
    private readonly T[] _values;

    /// <summary>A value that holds in every year.</summary>
    public YearKeyed(T constant)
    {
        _years = [int.MinValue];
        _values = [constant];
    }

    /// <summary>Values from given years on. Needs at least one entry; years may come in any order.</summary>
    public YearKeyed(IEnumerable<KeyValuePair<int, T>> fromYear)
    {
        var sorted = fromYear.OrderBy(kv => kv.Key).ToArray();
        if (sorted.Length == 0) throw new ArgumentException("A year-keyed value needs at least one entry.", nameof(fromYear));
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Key == sorted[i - 1].Key) throw new ArgumentException($"Year {sorted[i].Key} appears twice.", nameof(fromYear));
        }
        _years = sorted.Select(kv => kv.Key).ToArray();
        _values = sorted.Select(kv => kv.Value).ToArray();
    }

    /// <summary>The entries, earliest first (a constant has one entry keyed <see cref="int.MinValue"/>).</summary>
    public IEnumerable<KeyValuePair<int, T>> Entries => _years.Zip(_values, (y, v) => new KeyValuePair<int, T>(y, v));

    /// <summary>True when the value never changes.</summary>
    public bool IsConstant => _values.Length == 1;

    /// <summary>The value in force in <paramref name="year"/>.</summary>
    public T At(int year)
    {
        var i = Array.BinarySearch(_years, year);
        if (i < 0) i = Math.Max(0, ~i - 1);
        return _values[i];
    }
}
