using System.Globalization;
using Rdsim.Model.Policy;
using Rdsim.Scenarios.Registry;
using YamlDotNet.RepresentationModel;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Reads one parameter's value from a YAML node: a single value, or, for year-keyed parameters, a mapping
/// year → value ("from that year on"). Reports every problem; returns null when the value is unusable.
/// </summary>
internal sealed class ValueParser(DiagnosticBag diagnostics, ParseContext context)
{
    private readonly SingleValueParser _single = new(diagnostics, context);

    /// <summary>The value of <paramref name="definition"/> written at <paramref name="node"/>, or null after reporting errors.</summary>
    public YearKeyed<object?>? Parse(ParameterDefinition definition, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            return _single.TryParse(definition, node, out var value) ? new YearKeyed<object?>(value) : null;
        }
        if (!definition.YearKeyed)
        {
            diagnostics.Error(context.Locate(node), definition.Name, new(
                $"{definition.Name} cannot change by year; write a single value (the parameters marked \"by year\" in docs/parameters.md are year-keyed).",
                $"{definition.Name} 不能按年份变化；请写单一取值（docs/parameters.md 中标明“by year”的参数才可按年份设定）。"));
            return null;
        }
        return ParseByYear(definition, map);
    }

    private YearKeyed<object?>? ParseByYear(ParameterDefinition definition, YamlMappingNode map)
    {
        if (map.Children.Count == 0)
        {
            diagnostics.Error(context.Locate(map), definition.Name, new("a year-keyed value needs at least one year, e.g. {2008: 0.5}.", "按年份设定的取值至少需要一个年份，例如 {2008: 0.5}。"));
            return null;
        }
        var entries = new SortedDictionary<int, object?>();
        var ok = true;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (!TryYear(keyNode, out var year))
            {
                diagnostics.Error(context.Locate(keyNode), definition.Name, new(
                    $"'{Text(keyNode)}' is not a year; write year-keyed values as {{2008: 0.5, 2018: 0.75}} with years {ValueRules.MinYear}–{ValueRules.MaxYear}.",
                    $"'{Text(keyNode)}' 不是年份；按年份设定的取值请写成 {{2008: 0.5, 2018: 0.75}}，年份范围为 {ValueRules.MinYear}–{ValueRules.MaxYear}。"));
                ok = false;
                continue;
            }
            if (entries.ContainsKey(year))
            {
                diagnostics.Error(context.Locate(keyNode), definition.Name, ValueRules.YearTwice(year));
                ok = false;
                continue;
            }
            if (_single.TryParse(definition, valueNode, out var value)) entries[year] = value;
            else ok = false;
        }
        return ok ? ValueRules.ByYear(definition, entries) : null;
    }

    private static bool TryYear(YamlNode node, out int year)
    {
        year = 0;
        return node is YamlScalarNode { Value: { } text }
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && ValueRules.IsYear(year);
    }

    private static string Text(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : node.NodeType.ToString().ToLowerInvariant();
}
