using System.Globalization;
using Rdsim.Scenarios.Registry;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Reads one value of a parameter's kind from a YAML node and checks it against the registry: type,
/// finiteness, valid range (error) and advisory range (warning), rule-set names and sector keys; for lists of
/// numbers, each number (and whether they rise, where they must).
/// </summary>
internal sealed class SingleValueParser(DiagnosticBag diagnostics, ParseContext context)
{
    private static readonly string[] NullWords = ["", "~", "null", "Null", "NULL"];
    private static readonly string[] NonFiniteWords = [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN"];

    /// <summary>Parses <paramref name="node"/> as a value of <paramref name="p"/>; false after reporting errors.</summary>
    public bool TryParse(ParameterDefinition p, YamlNode node, out object? value)
    {
        value = null;
        if (p.Kind == ParameterKind.SectorList) return TrySectorList(p, node, out value);
        if (p.Kind is ParameterKind.NumberList or ParameterKind.FlagList && node is YamlSequenceNode items) return TryList(p, items, out value);
        if (node is not YamlScalarNode scalar)
        {
            return Fail(node, p, $"expected {Expected(p)}, got a {(node is YamlSequenceNode ? "list" : "mapping")}.");
        }
        var text = scalar.Value ?? "";
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        if (plain && NullWords.Contains(text))
        {
            // Null is the default of parameters that may be unset (sector and preset overrides) or empty (paths).
            return p.Default is null || Fail(node, p, $"needs a value: expected {Expected(p)}.");
        }
        if (!plain && p.Kind is not (ParameterKind.RuleSet or ParameterKind.Path))
        {
            return Fail(node, p, $"expected {Expected(p)}, got the quoted text \"{text}\" (write it without quotes).");
        }
        switch (p.Kind)
        {
            case ParameterKind.Number or ParameterKind.SectorNumber:
                if (!TryNumber(p, node, text, out var number)) return false;
                value = number;
                return CheckRange(p, node, number);
            case ParameterKind.Integer:
                if (!TryInteger(p, node, text, out var integer)) return false;
                value = integer;
                return CheckRange(p, node, integer);
            case ParameterKind.Bool or ParameterKind.FlagList:
                if (!bool.TryParse(text, out var flag)) return Fail(node, p, $"expected true or false, got '{text}'.");
                value = flag;
                return true;
            case ParameterKind.NumberList:
                return Fail(node, p, $"expected {Expected(p)}, got '{text}'.");
            case ParameterKind.RuleSet:
                if (!p.Choices.Contains(text)) return Fail(node, p, $"unknown rule set '{text}'; choose one of {string.Join(", ", p.Choices)}{Hint(text, p.Choices)}.");
                value = text;
                return true;
            default:
                if (text.Contains('\0')) return Fail(node, p, "the path contains a NUL character.");
                value = Path.GetFullPath(Path.Combine(context.BaseDirectory, text));
                return true;
        }
    }

    private bool TryNumber(ParameterDefinition p, YamlNode node, string text, out double number)
    {
        if (NonFiniteWords.Contains(text)
            || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && !double.IsFinite(number)))
        {
            number = double.NaN;
            return Fail(node, p, $"'{text}' is not a finite number.");
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            || Fail(node, p, $"expected a number, got '{text}'.");
    }

    private bool TryInteger(ParameterDefinition p, YamlNode node, string text, out long integer)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer)) return true;
        var isNumber = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return Fail(node, p, isNumber ? $"expected a whole number, got {text}." : $"expected a whole number, got '{text}'.");
    }

    private bool CheckRange(ParameterDefinition p, YamlNode node, double number)
    {
        var text = ValueText.Format(number);
        if (p.Valid is { } valid && !valid.Contains(number))
        {
            return Fail(node, p, $"{p.Name} = {text} is outside the valid range {valid}{UnitText(p)}.");
        }
        if (p.Advisory is { } advisory && !advisory.Contains(number))
        {
            var hint = p.AdvisoryHint.Length > 0 ? $"; {p.AdvisoryHint}" : "";
            diagnostics.Warning(context.Locate(node), p.Name,
                $"{p.Name} = {text} is outside the advisory range {advisory}{UnitText(p)}{hint}; check that this is intended.");
        }
        return true;
    }

    private bool TrySectorList(ParameterDefinition p, YamlNode node, out object? value)
    {
        value = null;
        if (node is not YamlSequenceNode list) return Fail(node, p, "expected a list of sector keys, e.g. [tobacco, realEstate].");
        var ids = new SortedSet<int>();
        var ok = true;
        foreach (var item in list.Children)
        {
            var key = item is YamlScalarNode s ? s.Value ?? "" : "";
            var sectors = Model.Firms.Sectors.Select(key);
            if (sectors.Count == 0)
            {
                ok = Fail(item, p, $"unknown sector '{key}'{Hint(key, SectorKeys())}.");
                continue;
            }
            foreach (var sector in sectors) ids.Add(sector.Id);
        }
        value = ids.Select(id => Model.Firms.Sectors.All[id].Key).ToArray();
        return ok;
    }

    private bool TryList(ParameterDefinition p, YamlSequenceNode list, out object? value)
    {
        var ok = true;
        var numbers = new List<double>();
        var flags = new List<bool>();
        foreach (var item in list.Children)
        {
            var text = item is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s && !NullWords.Contains(s.Value ?? "") ? s.Value! : null;
            if (text is null)
            {
                ok = Fail(item, p, $"each item must be {Item(p)}, written without quotes, e.g. {Example(p)}.");
            }
            else if (p.Kind == ParameterKind.FlagList)
            {
                if (bool.TryParse(text, out var flag)) flags.Add(flag);
                else ok = Fail(item, p, $"expected true or false, got '{text}'.");
            }
            else if (!TryNumber(p, item, text, out var number) || !CheckRange(p, item, number))
            {
                ok = false;
            }
            else
            {
                if (p.Ascending && numbers.Count > 0 && !(number > numbers[^1]))
                {
                    ok = Fail(item, p, $"{p.Name} must rise from each item to the next: {text} comes after {ValueText.Format(numbers[^1])}.");
                }
                numbers.Add(number);
            }
        }
        value = p.Kind == ParameterKind.FlagList ? flags.ToArray() : numbers.ToArray();
        return ok;
    }

    private static string Item(ParameterDefinition p) => p.Kind == ParameterKind.FlagList ? "true or false" : "a number";

    private static string Example(ParameterDefinition p) => p.Kind == ParameterKind.FlagList ? "[false, true]" : "[50, 200]";

    private static IEnumerable<string> SectorKeys() =>
        Model.Firms.Sectors.All.Select(s => s.Key).Append(Model.Firms.Sectors.ManufacturingGroup);

    private static string Hint(string text, IEnumerable<string> known) =>
        NameSuggestion.Closest(text, known) is { } best ? $" (did you mean {best}?)" : "";

    private static string UnitText(ParameterDefinition p) => string.IsNullOrEmpty(p.Unit) ? "" : $" ({p.Unit})";

    private static string Expected(ParameterDefinition p) => p.Kind switch
    {
        ParameterKind.Number => "a number",
        ParameterKind.SectorNumber => "a number or null",
        ParameterKind.Integer => "a whole number",
        ParameterKind.Bool => "true or false",
        ParameterKind.RuleSet => $"one of {string.Join(", ", p.Choices)}",
        ParameterKind.Path => "a file path",
        ParameterKind.NumberList => "a list of numbers, e.g. [50, 200], or null",
        ParameterKind.FlagList => "true, false or a list of them, e.g. [false, true], or null",
        _ => "a list of sector keys",
    };

    private bool Fail(YamlNode node, ParameterDefinition p, string message)
    {
        diagnostics.Error(context.Locate(node), p.Name, message);
        return false;
    }
}
