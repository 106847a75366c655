using System.Collections;
using Rdsim.Model.Policy;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Reads a parameter's value given in code (<see cref="Scenario.With(string, object?, string)"/>), the counterpart of
/// <see cref="SingleValueParser"/> for values that were never text: a number (any numeric type), a whole number, a flag,
/// a rule-set name, a path, a list (of numbers, flags or sector keys) or null; checked by the same <see cref="ValueRules"/>.
/// </summary>
internal sealed class CodeValueReader(DiagnosticBag diagnostics)
{
    private readonly ValueRules _rules = new(diagnostics);

    /// <summary>The value of <paramref name="p"/> given as <paramref name="given"/>, in the registry's types; false after reporting errors.</summary>
    public bool TryRead(ParameterDefinition p, object? given, SourceLocation at, out object? value)
    {
        value = null;
        if (given is null) return p.Default is null || _rules.Fail(at, p, ValueRules.NeedsValue(p));
        switch (p.Kind)
        {
            case ParameterKind.Number or ParameterKind.SectorNumber when Number(given) is { } number:
                value = number;
                return Finite(p, at, number) && _rules.Range(p, at, number);
            case ParameterKind.Integer when Integer(given) is { } integer:
                value = integer;
                return _rules.Range(p, at, integer);
            case ParameterKind.Bool or ParameterKind.FlagList when given is bool flag:
                value = flag;
                return true;
            case ParameterKind.FlagList when given is IEnumerable<bool> flags:
                value = flags.ToArray();
                return true;
            case ParameterKind.NumberList when given is IEnumerable items and not string:
                return TryNumbers(p, items, at, out value);
            case ParameterKind.RuleSet when given is string name:
                value = name;
                return _rules.Choice(p, at, name);
            case ParameterKind.Path when given is string path:
                value = _rules.FullPath(p, at, path, Directory.GetCurrentDirectory());
                return value is not null;
            case ParameterKind.SectorList when given is IEnumerable<string> keys:
                var ids = new SortedSet<int>();
                var ok = keys.Aggregate(true, (all, key) => _rules.Sectors(p, at, key, ids) && all);
                value = ValueRules.SectorKeys(ids);
                return ok;
            default:
                return _rules.Fail(at, p, ValueRules.Got(ValueRules.Expected(p), Describe(given)));
        }
    }

    /// <summary>The value of <paramref name="p"/> from each year on (years checked, and each value); null after reporting errors.</summary>
    public YearKeyed<object?>? TryReadByYear(ParameterDefinition p, IEnumerable<KeyValuePair<int, object?>> fromYear, SourceLocation at)
    {
        if (!p.YearKeyed) return Failed(at, p, new($"{p.Name} cannot change by year; give a single value.", $"{p.Name} 不能按年份变化；请给出单一取值。"));
        var entries = new SortedDictionary<int, object?>();
        var ok = true;
        foreach (var (year, given) in fromYear)
        {
            if (!ValueRules.IsYear(year))
            {
                ok = _rules.Fail(at, p, new($"{year} is not a year; years run {ValueRules.MinYear}–{ValueRules.MaxYear}.",
                    $"{year} 不是年份；年份范围为 {ValueRules.MinYear}–{ValueRules.MaxYear}。"));
            }
            else if (!entries.TryAdd(year, null)) ok = _rules.Fail(at, p, ValueRules.YearTwice(year));
            else if (TryRead(p, given, at, out var value)) entries[year] = value;
            else ok = false;
        }
        if (entries.Count == 0 && ok) return Failed(at, p, new("a year-keyed value needs at least one year.", "按年份设定的取值至少需要一个年份。"));
        return ok ? ValueRules.ByYear(p, entries) : null;
    }

    private bool TryNumbers(ParameterDefinition p, IEnumerable items, SourceLocation at, out object? value)
    {
        var numbers = new List<double>();
        var ok = true;
        foreach (var item in items)
        {
            if (Number(item) is not { } number)
            {
                var got = Describe(item);
                ok = _rules.Fail(at, p, new($"each item must be a number, got {got.En}.", $"每一项都必须是数，实际为{got.Zh}。"));
            }
            else if (!Finite(p, at, number) || !_rules.Range(p, at, number)) ok = false;
            else
            {
                ok &= _rules.Rises(p, at, numbers, number, ValueText.Format(number));
                numbers.Add(number);
            }
        }
        value = numbers.ToArray();
        return ok;
    }

    private bool Finite(ParameterDefinition p, SourceLocation at, double number) =>
        double.IsFinite(number) || _rules.Fail(at, p, ValueRules.NotFinite(ValueText.Format(number)));

    private YearKeyed<object?>? Failed(SourceLocation at, ParameterDefinition p, Bilingual message)
    {
        _rules.Fail(at, p, message);
        return null;
    }

    private static double? Number(object? given) => given switch
    {
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        decimal m => (double)m,
        _ => null,
    };

    private static long? Integer(object? given) => given switch
    {
        int i => i,
        long l => l,
        ulong u when u <= long.MaxValue => (long)u,
        uint u => u,
        short s => s,
        _ => null,
    };

    private static Bilingual Describe(object? given) => given switch
    {
        null => Bilingual.Same("null"),
        string s => new($"the text \"{Excerpt.Of(s)}\"", $"文本 \"{Excerpt.Of(s)}\""),
        _ => Bilingual.Same($"{ValueText.Format(given)} ({given.GetType().Name})"),
    };
}
