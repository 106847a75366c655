using System.Globalization;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Sweeps;

/// <summary>
/// One swept parameter and its values: <c>name=from:to:step</c> (inclusive) or <c>name=v1,v2,…</c>, where a value
/// may be a list or a mapping (<c>hnte.bandThresholds=[0.02, 0.04, 0.03],[0.06, 0.04, 0.03]</c>): commas inside
/// brackets or braces do not separate values. Values stay text, exactly as <c>--set</c> takes them.
/// </summary>
/// <param name="Name">Dotted parameter name.</param>
/// <param name="Values">The values, in sweep order.</param>
public sealed record VarySpec(string Name, IReadOnlyList<string> Values)
{
    private const int MaxValues = 1000;

    /// <summary>Parses <c>--vary name=values</c>.</summary>
    /// <exception cref="InputException">Malformed, unknown parameter, or an empty or endless range.</exception>
    public static VarySpec Parse(string text, string source = "--vary")
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            throw Error(source, "", $"'{text}' is not a sweep; write name=from:to:step or name=v1,v2,…, e.g. hnte.rate=0.10,0.15,0.20.");
        }
        var name = text[..equals].Trim();
        var values = text[(equals + 1)..].Trim();
        return values.Contains(':', StringComparison.Ordinal) && !values.Contains('{', StringComparison.Ordinal)
            ? Range(name, values, source)
            : Of(name, Split(values), source);
    }

    /// <summary>A sweep over the listed values.</summary>
    public static VarySpec Of(string name, IReadOnlyList<string> values, string source = "--vary")
    {
        RequireKnown(name, source);
        if (values.Count == 0 || values.Any(string.IsNullOrWhiteSpace)) throw Error(source, name, "an empty value; list values as v1,v2,…");
        if (values.Distinct(StringComparer.Ordinal).Count() != values.Count) throw Error(source, name, "a value is listed twice.");
        return new VarySpec(name, values);
    }

    /// <summary>A sweep over <c>from:to:step</c>, both ends included.</summary>
    public static VarySpec Range(string name, string range, string source = "--vary")
    {
        RequireKnown(name, source);
        var parts = range.Split(':');
        if (parts.Length != 3 || !parts.All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x)))
        {
            throw Error(source, name, $"'{range}' is not a range; write from:to:step with finite numbers, e.g. 0.5:1.0:0.25.");
        }
        var (from, to, step) = (Number(parts[0]), Number(parts[1]), Number(parts[2]));
        if (step <= 0 || to < from) throw Error(source, name, $"'{range}': the step must be positive and 'to' not below 'from'.");
        // Counted in floating point first: a tiny step over a wide range must be refused, not overflow an int.
        var steps = Math.Floor((to - from) / step + 1e-9);
        if (!(steps < MaxValues)) throw Error(source, name, $"'{range}' has more than {MaxValues} values; at most {MaxValues}.");
        var count = (int)steps + 1;
        var values = Enumerable.Range(0, count)
            .Select(i => Math.Round(from + i * step, 10).ToString("R", CultureInfo.InvariantCulture)).ToList();
        return new VarySpec(name, values);
    }

    /// <summary>The sweep as written on the command line (canonical: values joined by commas).</summary>
    public override string ToString() => $"{Name}={string.Join(',', Values)}";

    /// <summary>The values of <c>v1,v2,…</c>: split at the commas outside brackets and braces.</summary>
    private static List<string> Split(string values)
    {
        var items = new List<string>();
        var (depth, start) = (0, 0);
        for (var i = 0; i < values.Length; i++)
        {
            switch (values[i])
            {
                case '[' or '{':
                    depth++;
                    break;
                case ']' or '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    items.Add(values[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }
        items.Add(values[start..].Trim());
        return items;
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static void RequireKnown(string name, string source)
    {
        if (ParameterRegistry.Find(name) is not null) return;
        throw Error(source, name, $"unknown parameter '{name}'{ParameterRegistry.UnknownHint(name)}");
    }

    private static InputException Error(string source, string path, string message) =>
        new(new Diagnostic(Severity.Error, source, 0, 0, path, message));
}
