using System.Globalization;
using Rdsim.Scenarios;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Calibration.Fitting;

/// <summary>
/// The scenario values a calibration moves, read from the input scenario and written back as overrides. A key is a
/// parameter (<c>superDeduction.claimCost</c>) or one year's entry of a year-keyed one (<c>superDeduction.claimCost@2016</c>,
/// "the value from 2016 on"): the entries a fit does not move keep the scenario's values, and the entries of one
/// parameter are written together as one year-keyed value (<c>{2008: 0.2, 2016: 0.05}</c>).
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
        var resolved = scenario.Resolved.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var starts = new Dictionary<string, double>(StringComparer.Ordinal);
        var years = new Dictionary<string, SortedDictionary<int, double>>(StringComparer.Ordinal);
        var errors = new List<Diagnostic>();
        foreach (var key in keys)
        {
            var (name, year) = Split(key);
            var text = resolved.GetValueOrDefault(name);
            var entries = text is null ? null : Entries(text);
            if (entries is null)
            {
                errors.Add(new Diagnostic(Severity.Error, file, 0, 0, name,
                    $"A free parameter must be a number (or a mapping of years to numbers) in the scenario to be fitted; found '{text}'."));
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
                errors.Add(new Diagnostic(Severity.Error, file, 0, 0, name,
                    $"{name} changes by year ({text}): fit one year's entry instead{YearEntryHint(name)}."));
            }
        }
        if (errors.Count > 0) throw new InputException(errors);
        return new ScenarioValues(starts, years);
    }

    private static string YearEntryHint(string key) => FreeParameterSet.YearEntriesOf(key) is { Count: > 0 } names
        ? $" (--free {string.Join(" or ", names)})"
        : " (calibrate has no free parameter for one of its entries yet: keep it fixed)";

    /// <summary>Overrides (<c>name=value</c>) that set every key to its value in <paramref name="values"/>.</summary>
    public IReadOnlyList<string> Overrides(IEnumerable<(string Key, double Value)> values)
    {
        var overrides = new List<string>();
        var entries = _years.ToDictionary(kv => kv.Key, kv => new SortedDictionary<int, double>(kv.Value), StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var (name, year) = Split(key);
            if (year is { } y) entries[name][y] = value;
            else overrides.Add($"{name}={Number(value)}");
        }
        foreach (var (name, byYear) in entries)
        {
            overrides.Add($"{name}={{{string.Join(", ", byYear.Select(e => $"{e.Key.ToString(CultureInfo.InvariantCulture)}: {Number(e.Value)}"))}}}");
        }
        return overrides;
    }

    /// <summary>A key's parameter name and, for an entry key (<c>name@year</c>), its year.</summary>
    public static (string Name, int? Year) Split(string key)
    {
        var at = key.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? (key, null) : (key[..at], int.Parse(key[(at + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>A resolved value's entries: a number holds from the start (<see cref="int.MinValue"/>), a mapping from each year.</summary>
    private static SortedDictionary<int, double>? Entries(string text)
    {
        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var constant))
        {
            return new SortedDictionary<int, double> { [int.MinValue] = constant };
        }
        if (!text.StartsWith('{') || !text.EndsWith('}')) return null;
        var entries = new SortedDictionary<int, double>();
        foreach (var part in text[1..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0
                || !int.TryParse(part[..colon].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year)
                || !double.TryParse(part[(colon + 1)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }
            entries[year] = value;
        }
        return entries.Count > 0 ? entries : null;
    }

    private static double ValueIn(SortedDictionary<int, double> entries, int year) =>
        entries.LastOrDefault(e => e.Key <= year, entries.First()).Value;

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
