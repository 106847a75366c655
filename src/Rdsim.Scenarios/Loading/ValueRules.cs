using Rdsim.Model.Policy;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// The registry's rules for a parameter's value, whether it was read from text (a scenario file, <c>--set</c>) or given
/// in code (<see cref="Scenario.With(string, object?, string)"/>): numbers finite and within the valid range (an error)
/// and the advisory range (a warning), whole numbers, rule-set names, sector keys, rising lists, paths, and the years of
/// a year-keyed value. Every problem is reported, located at what gave the value.
/// </summary>
internal sealed class ValueRules(DiagnosticBag diagnostics)
{
    /// <summary>Earliest year allowed as a key.</summary>
    public const int MinYear = 1900;

    /// <summary>Latest year allowed as a key.</summary>
    public const int MaxYear = 2200;

    /// <summary>Checks a number against <paramref name="p"/>'s valid range (false, with an error) and advisory range (a warning).</summary>
    public bool Range(ParameterDefinition p, SourceLocation at, double number) => Range(p, at, number, ValueText.Format(number));

    /// <summary>
    /// Checks a whole number as <see cref="Range(ParameterDefinition, SourceLocation, double)"/> does, naming it digit for digit: a
    /// seed above 2^53 has no double of its own, so as a double the message would name its neighbour, not what was written.
    /// </summary>
    public bool Range(ParameterDefinition p, SourceLocation at, long integer) => Range(p, at, integer, ValueText.Format(integer));

    private bool Range(ParameterDefinition p, SourceLocation at, double number, string text)
    {
        if (p.Valid is { } valid && !valid.Contains(number))
        {
            return Fail(at, p, new($"{p.Name} = {text} is outside the valid range {valid}{UnitText(p)}.", $"{p.Name} = {text} 超出有效范围 {valid}。"));
        }
        if (p.Advisory is { } advisory && !advisory.Contains(number))
        {
            var hint = p.AdvisoryHint.Length > 0 ? $"; {p.AdvisoryHint}" : "";
            var hintZh = p.AdvisoryHintZh.Length > 0 ? $"；{p.AdvisoryHintZh}" : "";
            diagnostics.Warning(at, p.Name, $"{p.Name} = {text} is outside the advisory range {advisory}{UnitText(p)}{hint}; check that this is intended.",
                $"{p.Name} = {text} 超出建议范围 {advisory}{hintZh}；请确认是否有意如此。");
        }
        return true;
    }

    /// <summary>Checks that a list's number (written <paramref name="text"/>) exceeds the one before, where <paramref name="p"/>'s lists must rise.</summary>
    public bool Rises(ParameterDefinition p, SourceLocation at, IReadOnlyList<double> before, double number, string text) =>
        !p.Ascending || before.Count == 0 || number > before[^1]
        || Fail(at, p, new($"{p.Name} must rise from each item to the next: {text} comes after {ValueText.Format(before[^1])}.",
            $"{p.Name} 的各项必须逐项递增：{text} 排在 {ValueText.Format(before[^1])} 之后。"));

    /// <summary>Checks a rule-set name against <paramref name="p"/>'s choices.</summary>
    public bool Choice(ParameterDefinition p, SourceLocation at, string text) =>
        p.Choices.Contains(text) || Fail(at, p, new Bilingual($"unknown rule set '{text}'; choose one of {string.Join(", ", p.Choices)}",
            $"未知规则 '{text}'；请从 {string.Join(", ", p.Choices)} 中选择") + Hint(text, p.Choices) + new Bilingual(".", "。"));

    /// <summary>A path's full form, relative paths resolved against <paramref name="baseDirectory"/>; null after an error.</summary>
    public string? FullPath(ParameterDefinition p, SourceLocation at, string text, string baseDirectory)
    {
        if (text.Contains('\0'))
        {
            Fail(at, p, new("the path contains a NUL character.", "路径含有 NUL 字符。"));
            return null;
        }
        return Path.GetFullPath(Path.Combine(baseDirectory, text));
    }

    /// <summary>Adds the sector ids of <paramref name="key"/> (a sector or the manufacturing group) to <paramref name="ids"/>; false after an error.</summary>
    public bool Sectors(ParameterDefinition p, SourceLocation at, string key, ISet<int> ids)
    {
        var sectors = Model.Firms.Sectors.Select(key);
        if (sectors.Count == 0) return Fail(at, p, new Bilingual($"unknown sector '{key}'", $"未知行业 '{key}'") + Hint(key, SectorKeys()) + new Bilingual(".", "。"));
        foreach (var sector in sectors) ids.Add(sector.Id);
        return true;
    }

    /// <summary>The sector keys of <paramref name="ids"/>, in sector order (the value of a sector list).</summary>
    public static string[] SectorKeys(IEnumerable<int> ids) => [.. ids.Order().Select(id => Model.Firms.Sectors.All[id].Key)];

    /// <summary>
    /// The value of entries by year (each from its year on), which must be years <see cref="MinYear"/>–<see cref="MaxYear"/>; an
    /// override that starts unset gets an "unset before its first year" entry, so that before it the general value applies.
    /// </summary>
    public static YearKeyed<object?> ByYear(ParameterDefinition p, SortedDictionary<int, object?> entries)
    {
        if (p.StartsUnset && entries.First().Value is not null) entries[int.MinValue] = null;
        return new YearKeyed<object?>(entries);
    }

    /// <summary>Whether <paramref name="year"/> may key a year-keyed value.</summary>
    public static bool IsYear(int year) => year is >= MinYear and <= MaxYear;

    /// <summary>What a value of <paramref name="p"/> looks like, for messages.</summary>
    public static Bilingual Expected(ParameterDefinition p) => p.Kind switch
    {
        ParameterKind.Number => new("a number", "一个数"),
        ParameterKind.SectorNumber => new("a number or null", "一个数或 null"),
        ParameterKind.Integer => new("a whole number", "一个整数"),
        ParameterKind.Bool => new("true or false", "true 或 false"),
        ParameterKind.RuleSet => new($"one of {string.Join(", ", p.Choices)}", $"{string.Join(", ", p.Choices)} 之一"),
        ParameterKind.Path => new("a file path", "一个文件路径"),
        ParameterKind.NumberList => new("a list of numbers, e.g. [50, 200], or null", "一列数（例如 [50, 200]）或 null"),
        ParameterKind.FlagList => new("true, false or a list of them, e.g. [false, true], or null", "true、false、由它们组成的列表（例如 [false, true]）或 null"),
        _ => new("a list of sector keys", "一列行业键"),
    };

    /// <summary>"needs a value: expected …": <paramref name="p"/> given no value, which it must have.</summary>
    public static Bilingual NeedsValue(ParameterDefinition p)
    {
        var expected = Expected(p);
        return new($"needs a value: expected {expected.En}.", $"需要取值：应为{expected.Zh}。");
    }

    /// <summary>"expected …, got …".</summary>
    public static Bilingual Got(Bilingual expected, Bilingual got) => new($"expected {expected.En}, got {got.En}.", $"应为{expected.Zh}，实际为{got.Zh}。");

    /// <summary>A year given twice in a year-keyed value.</summary>
    public static Bilingual YearTwice(int year) => new($"year {year} appears twice.", $"年份 {year} 出现了两次。");

    /// <summary>A number (written <paramref name="text"/>) that is infinite or not a number.</summary>
    public static Bilingual NotFinite(string text) => new($"'{text}' is not a finite number.", $"'{text}' 不是有限的数。");

    /// <summary>Reports an error about <paramref name="p"/>; always false.</summary>
    public bool Fail(SourceLocation at, ParameterDefinition p, Bilingual message)
    {
        diagnostics.Error(at, p.Name, message);
        return false;
    }

    private static IEnumerable<string> SectorKeys() =>
        Model.Firms.Sectors.All.Select(s => s.Key).Append(Model.Firms.Sectors.ManufacturingGroup);

    private static Bilingual Hint(string text, IEnumerable<string> known) =>
        NameSuggestion.Closest(text, known) is { } best ? new($" (did you mean {best}?)", $"（是否想写 {best}？）") : Bilingual.Same("");

    private static string UnitText(ParameterDefinition p) => string.IsNullOrEmpty(p.Unit) ? "" : $" ({p.Unit})";
}
