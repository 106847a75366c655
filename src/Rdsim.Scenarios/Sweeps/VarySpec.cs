using System.Globalization;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Scenarios.Sweeps;

/// <summary>
/// One swept parameter and its values: <c>name=from:to:step</c> (inclusive) or <c>name=v1,v2,…</c>, where a value
/// may be a list or a mapping (<c>hnte.bandThresholds=[0.02, 0.04, 0.03],[0.06, 0.04, 0.03]</c>): commas inside
/// brackets or braces do not separate values. Values stay text, exactly as <c>--set</c> takes them: a list's as typed, a range's
/// with one number of decimals. They are the labels of the sweep's points in every output, so no two may be the same value.
/// </summary>
/// <param name="Name">Dotted parameter name.</param>
/// <param name="Values">The values, in sweep order.</param>
public sealed record VarySpec(string Name, IReadOnlyList<string> Values)
{
    private const int MaxValues = 1000;

    /// <summary>Parses <c>--vary name=values</c>.</summary>
    /// <exception cref="InputException">Malformed, unknown parameter, or an empty or endless range, or one whose step misses its end.</exception>
    public static VarySpec Parse(string text, string source = "--vary")
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            throw Error(source, "", new($"'{text}' is not a sweep; write name=from:to:step or name=v1,v2,…, e.g. hnte.rate=0.10,0.15,0.20.",
                $"'{text}' 不是参数扫描；请写成 名称=起点:终点:步长 或 名称=值1,值2,…，例如 hnte.rate=0.10,0.15,0.20。"));
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
        if (values.Count == 0 || values.Any(string.IsNullOrWhiteSpace)) throw Error(source, name, new("an empty value; list values as v1,v2,…", "有空的取值；请把取值列为 值1,值2,…"));
        if (Twice(values) is var (first, again))
        {
            throw Error(source, name, first == again
                ? new($"{first} is listed twice.", $"{first} 列出了两次。")
                : new($"{first} and {again} are the same number, listed twice; list each value once.", $"{first} 与 {again} 是同一个数，列出了两次；每个取值只列一次。"));
        }
        return new VarySpec(name, values);
    }

    /// <summary>
    /// The first value listed again, as first written and as written again, or null: numbers are the same when their values are
    /// (0.1 and 0.10 would be two labels for one point, run twice), anything else when its text is.
    /// </summary>
    private static (string First, string Again)? Twice(IReadOnlyList<string> values)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var key = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x.ToString("R", CultureInfo.InvariantCulture) : value;
            if (seen.TryGetValue(key, out var first)) return (first, value);
            seen[key] = value;
        }
        return null;
    }

    /// <summary>
    /// A sweep over <c>from:to:step</c>, both ends included: a step that does not land on <c>to</c> is refused. The values are
    /// written with one number of decimals, the most that <c>from</c>, <c>to</c> or <c>step</c> needs (<see cref="RangeDecimals"/>):
    /// <c>0.5:1:0.25</c> gives 0.50, 0.75, 1.00.
    /// </summary>
    public static VarySpec Range(string name, string range, string source = "--vary")
    {
        RequireKnown(name, source);
        var parts = range.Split(':');
        if (parts.Length != 3 || !parts.All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x)))
        {
            throw Error(source, name, new($"'{range}' is not a range; write from:to:step with finite numbers, e.g. 0.5:1.0:0.25.",
                $"'{range}' 不是取值区间；请用有限的数写成 起点:终点:步长，例如 0.5:1.0:0.25。"));
        }
        var (from, to, step) = (Number(parts[0]), Number(parts[1]), Number(parts[2]));
        if (step <= 0 || to < from) throw Error(source, name, new($"'{range}': the step must be positive and 'to' not below 'from'.", $"'{range}'：步长必须为正，终点不得小于起点。"));
        // Counted in floating point first: a tiny step over a wide range must be refused, not overflow an int.
        var steps = Math.Floor((to - from) / step + 1e-9);
        if (!(steps < MaxValues)) throw Error(source, name, new($"'{range}' has more than {MaxValues} values; at most {MaxValues}.", $"'{range}' 的取值超过 {MaxValues} 个；最多 {MaxValues} 个。"));
        var count = (int)steps + 1;
        var decimals = RangeDecimals.Of(from, to, step);
        var values = Enumerable.Range(0, count).Select(i => decimals.Format(from + i * step)).ToList();
        // Both ends are included, so a step that overshoots 'to' would silently stop short of it (0.1:0.2:0.03 ends at 0.19).
        if (Math.Abs((to - from) / step - steps) > 1e-6) throw MissesTheEnd(source, name, range, parts[1], values);
        return new VarySpec(name, values);
    }

    private static InputException MissesTheEnd(string source, string name, string range, string to, IReadOnlyList<string> values)
    {
        var shown = string.Join(", ", values.Take(8)) + (values.Count > 8 ? ", …" : "");
        return Error(source, name, new($"'{range}' does not reach {to}: its steps give {shown}. Choose a step that divides the range, or list the values (v1,v2,…).",
            $"'{range}' 取不到终点 {to}：按此步长取值为 {shown}。请选择能整除区间的步长，或直接列出取值（值1,值2,…）。"));
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
        throw Error(source, name, ParameterRegistry.Unknown(name, name));
    }

    private static InputException Error(string source, string path, Bilingual message) => new(Diagnostic.Error(source, 0, 0, path, message));
}
