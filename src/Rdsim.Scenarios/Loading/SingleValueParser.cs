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
    private readonly ValueRules _rules = new(diagnostics);

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
            return Fail(node, p, ValueRules.Got(Expected(p), node is YamlSequenceNode ? new("a list", "一个列表") : new("a mapping", "一个映射")));
        }
        var text = scalar.Value ?? "";
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        if (plain && NullWords.Contains(text))
        {
            // Null is the default of parameters that may be unset (sector and preset overrides) or empty (paths).
            return p.Default is null || Fail(node, p, ValueRules.NeedsValue(p));
        }
        if (!plain && p.Kind is not (ParameterKind.RuleSet or ParameterKind.Path))
        {
            var expected = Expected(p);
            return Fail(node, p, new($"expected {expected.En}, got the quoted text \"{text}\" (write it without quotes).",
                $"应为{expected.Zh}，实际为带引号的文本 \"{text}\"（请去掉引号）。"));
        }
        switch (p.Kind)
        {
            case ParameterKind.Number or ParameterKind.SectorNumber:
                if (!TryNumber(p, node, text, out var number)) return false;
                value = number;
                return _rules.Range(p, context.Locate(node), number);
            case ParameterKind.Integer:
                if (!TryInteger(p, node, text, out var integer)) return false;
                value = integer;
                return _rules.Range(p, context.Locate(node), integer);
            case ParameterKind.Bool or ParameterKind.FlagList:
                if (!bool.TryParse(text, out var flag)) return Fail(node, p, NotFlag(text));
                value = flag;
                return true;
            case ParameterKind.NumberList:
                return Fail(node, p, ValueRules.Got(Expected(p), Bilingual.Same($"'{text}'")));
            case ParameterKind.RuleSet:
                if (!_rules.Choice(p, context.Locate(node), text)) return false;
                value = text;
                return true;
            default:
                value = _rules.FullPath(p, context.Locate(node), text, context.BaseDirectory);
                return value is not null;
        }
    }

    private bool TryNumber(ParameterDefinition p, YamlNode node, string text, out double number)
    {
        if (NonFiniteWords.Contains(text)
            || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && !double.IsFinite(number)))
        {
            number = double.NaN;
            return Fail(node, p, ValueRules.NotFinite(text));
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            || Fail(node, p, ValueRules.Got(new("a number", "一个数"), Bilingual.Same($"'{text}'")));
    }

    private bool TryInteger(ParameterDefinition p, YamlNode node, string text, out long integer)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer)) return true;
        var isNumber = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return Fail(node, p, ValueRules.Got(new("a whole number", "一个整数"), Bilingual.Same(isNumber ? text : $"'{text}'")));
    }

    private bool TrySectorList(ParameterDefinition p, YamlNode node, out object? value)
    {
        value = null;
        if (node is not YamlSequenceNode list) return Fail(node, p, new("expected a list of sector keys, e.g. [tobacco, realEstate].", "应为一列行业键，例如 [tobacco, realEstate]。"));
        var ids = new SortedSet<int>();
        var ok = true;
        foreach (var item in list.Children)
        {
            ok &= _rules.Sectors(p, context.Locate(item), item is YamlScalarNode s ? s.Value ?? "" : "", ids);
        }
        value = ValueRules.SectorKeys(ids);
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
                var expected = Item(p);
                ok = Fail(item, p, new($"each item must be {expected.En}, written without quotes, e.g. {Example(p)}.", $"每一项都必须是{expected.Zh}，不加引号，例如 {Example(p)}。"));
            }
            else if (p.Kind == ParameterKind.FlagList)
            {
                if (bool.TryParse(text, out var flag)) flags.Add(flag);
                else ok = Fail(item, p, NotFlag(text));
            }
            else if (!TryNumber(p, item, text, out var number) || !_rules.Range(p, context.Locate(item), number))
            {
                ok = false;
            }
            else
            {
                ok &= _rules.Rises(p, context.Locate(item), numbers, number, text);
                numbers.Add(number);
            }
        }
        value = p.Kind == ParameterKind.FlagList ? flags.ToArray() : numbers.ToArray();
        return ok;
    }

    private static Bilingual Item(ParameterDefinition p) => p.Kind == ParameterKind.FlagList ? new("true or false", "true 或 false") : new("a number", "一个数");

    private static Bilingual NotFlag(string text) => ValueRules.Got(new("true or false", "true 或 false"), Bilingual.Same($"'{text}'"));

    private static string Example(ParameterDefinition p) => p.Kind == ParameterKind.FlagList ? "[false, true]" : "[50, 200]";

    private static Bilingual Expected(ParameterDefinition p) => ValueRules.Expected(p);

    private bool Fail(YamlNode node, ParameterDefinition p, Bilingual message) => _rules.Fail(context.Locate(node), p, message);
}
