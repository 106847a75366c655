using System.Globalization;
using Rdsim.Model.Policy;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Calibration.Fitting;

/// <summary>
/// The scenario values a calibration moves, read from the input scenario and written back as changes. A key is a
/// parameter (<c>superDeduction.claimCost</c>) or one year's entry of a year-keyed one (<c>superDeduction.claimCost@2016</c>,
/// "the value from 2016 on"): the entries a fit does not move keep the scenario's values, and the entries of one
/// parameter are set together as one year-keyed value (<c>{2008: 0.2, 2016: 0.05}</c>).
/// </summary>
public sealed class ScenarioValues
{
    private readonly Dictionary<string, SortedDictionary<int, double>> _years;

    private ScenarioValues(IReadOnlyDictionary<string, double> starts, Dictionary<string, SortedDictionary<int, double>> years)
    {
        Starts = starts;
        _years = years;
    }

    /// <summary>Each key's value in the input scenario (an entry's: the value in force from its year).</summary>
    public IReadOnlyDictionary<string, double> Starts { get; }

    /// <summary>Reads <paramref name="keys"/>' values from <paramref name="scenario"/>.</summary>
    /// <exception cref="InputException">A key whose value is not a number, or not one in the year named.</exception>
    public static ScenarioValues From(Scenario scenario, IEnumerable<string> keys, string file)
    {
        var starts = new Dictionary<string, double>(StringComparer.Ordinal);
        var years = new Dictionary<string, SortedDictionary<int, double>>(StringComparer.Ordinal);
        var errors = new List<Diagnostic>();
        foreach (var key in keys)
        {
            var (name, year) = Split(key);
            var value = ParameterRegistry.Find(name) is null ? null : scenario.ValueOf(name);
            var entries = value is null ? null : Entries(value);
            if (entries is null)
            {
                var found = value is null ? "" : ValueText.Format(value);
                errors.Add(Diagnostic.Error(file, 0, 0, name, new(
                    $"A free parameter must be a number (or a mapping of years to numbers) in the scenario to be fitted; found '{found}'.",
                    $"待校准情景中的自由参数必须是数（或由年份到数的映射）；实际为 '{found}'。")));
                continue;
            }
            if (year is { } y)
            {
                // A value that never changes holds from the first simulated year: written as that year's entry.
                if (entries.Remove(int.MinValue, out var always)) entries[scenario.Run.FirstYear] = always;
                years.TryAdd(name, entries);
                if (!entries.ContainsKey(y)) years[name][y] = ValueIn(entries, y);
                starts[key] = years[name][y];
            }
            else if (entries.Count == 1)
            {
                starts[key] = entries.Values.Single();
            }
            else
            {
                var (byYear, hint) = (ValueText.Format(value!), YearEntryHint(name));
                errors.Add(Diagnostic.Error(file, 0, 0, name, new(
                    $"{name} changes by year ({byYear}): fit one year's entry instead{hint.En}.",
                    $"{name} 按年份变化（{byYear}）：请改为校准其中某一年的取值{hint.Zh}。")));
            }
        }
        if (errors.Count > 0) throw new InputException(errors);
        return new ScenarioValues(starts, years);
    }

    private static Bilingual YearEntryHint(string key) => FreeParameterSet.YearEntriesOf(key) is { Count: > 0 } names
        ? new($" (--free {string.Join(" or ", names)})", $"（--free {string.Join(" 或 ", names)}）")
        : new(" (calibrate has no free parameter for one of its entries yet: keep it fixed)", "（calibrate 尚无对应其中某一年取值的自由参数：请保持其固定）");

    /// <summary>
    /// Every key set to its value in <paramref name="values"/>, by parameter: a number, or (for entry keys) the parameter's
    /// entries by year; plain keys first, in the order given, then each year-keyed parameter.
    /// </summary>
    public IReadOnlyList<(string Name, double? Value, IReadOnlyDictionary<int, double>? ByYear)> Set(IEnumerable<(string Key, double Value)> values)
    {
        var set = new List<(string, double?, IReadOnlyDictionary<int, double>?)>();
        var entries = _years.ToDictionary(kv => kv.Key, kv => new SortedDictionary<int, double>(kv.Value), StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var (name, year) = Split(key);
            if (year is { } y) entries[name][y] = value;
            else set.Add((name, value, null));
        }
        set.AddRange(entries.Select(e => (e.Key, (double?)null, (IReadOnlyDictionary<int, double>?)e.Value)));
        return set;
    }

    /// <summary>The changes that set every key to its value in <paramref name="values"/> (see <see cref="Set"/>).</summary>
    public IReadOnlyList<ScenarioChange> Changes(IEnumerable<(string Key, double Value)> values) =>
        [.. Set(values).Select(s => s.ByYear is { } byYear
            ? ScenarioChange.ByYear(s.Name, byYear.Select(e => KeyValuePair.Create(e.Key, (object?)e.Value)))
            : ScenarioChange.Set(s.Name, s.Value))];

    /// <summary>The same as <c>name=value</c> texts, as a scenario file writes them (a parameter set by year, always as a mapping).</summary>
    public IReadOnlyList<string> Overrides(IEnumerable<(string Key, double Value)> values) =>
        [.. Set(values).Select(s => s.ByYear is { } byYear
            ? $"{s.Name}={{{string.Join(", ", byYear.Select(e => $"{e.Key.ToString(CultureInfo.InvariantCulture)}: {ValueText.Format(e.Value)}"))}}}"
            : $"{s.Name}={ValueText.Format(s.Value)}")];

    /// <summary>A key's parameter name and, for an entry key (<c>name@year</c>), its year.</summary>
    public static (string Name, int? Year) Split(string key)
    {
        var at = key.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? (key, null) : (key[..at], int.Parse(key[(at + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A value's entries as a scenario file writes them, when every one is a number: a value that never changes holds from the
    /// start (<see cref="int.MinValue"/>), a mapping from each year (an override's "unset before its first year" entry left
    /// out, as a file leaves it out); null otherwise.
    /// </summary>
    private static SortedDictionary<int, double>? Entries(YearKeyed<object?> value)
    {
        var written = value.Entries.ToList();
        if (written.Count == 1) written = [KeyValuePair.Create(int.MinValue, written[0].Value)];
        else if (written[0] is { Key: int.MinValue, Value: null }) written.RemoveAt(0);
        var entries = new SortedDictionary<int, double>();
        foreach (var (year, item) in written)
        {
            if (item is not (double or long)) return null;
            entries[year] = Convert.ToDouble(item, CultureInfo.InvariantCulture);
        }
        return entries;
    }

    private static double ValueIn(SortedDictionary<int, double> entries, int year) =>
        entries.LastOrDefault(e => e.Key <= year, entries.First()).Value;
}
