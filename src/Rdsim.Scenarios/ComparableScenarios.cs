using System.Globalization;
using Rdsim.Scenarios.Loading;

namespace Rdsim.Scenarios;

/// <summary>
/// Whether scenarios can be compared with a baseline: a comparison says that each difference is the policy's alone, which holds
/// only on the same years (first, last, warm-up), the same firms (every <c>population.*</c> parameter: size, weight, file,
/// turnover, copula, sector traits) and the same shocks (seed, replications), i.e. every <c>simulation.*</c> and
/// <c>population.*</c> parameter equal. The check is on the values set, not on the firms drawn: a parameter that happens to
/// draw the same firms (a trait of a sector with no firms) is refused too, which costs nothing and keeps the message about what the
/// user wrote.
/// </summary>
public static class ComparableScenarios
{
    /// <summary>The parameters a comparison needs equal: the years and the shocks (<c>simulation.*</c>) and the firms (<c>population.*</c>).</summary>
    public static bool SharedInComparison(string name) =>
        name.StartsWith("simulation.", StringComparison.Ordinal) || name.StartsWith("population.", StringComparison.Ordinal);

    /// <summary>
    /// Refuses every scenario of <paramref name="scenarios"/> after the first (the baseline) that differs from it in a parameter
    /// <see cref="SharedInComparison"/>: one error each, against its file as the user named it (<paramref name="files"/>, one per
    /// scenario; default the scenarios' paths), naming the first such parameter in registry order, both values and how many others differ.
    /// </summary>
    /// <exception cref="InputException">One error per scenario that cannot be compared with the baseline.</exception>
    public static void Require(IReadOnlyList<Scenario> scenarios, IReadOnlyList<string>? files = null)
    {
        files ??= [.. scenarios.Select(s => s.SourcePath)];
        if (files.Count != scenarios.Count) throw new ArgumentException("One file name per scenario.", nameof(files));
        var errors = new List<Diagnostic>();
        for (var i = 1; i < scenarios.Count; i++)
        {
            if (Refusal(scenarios[0], files[0], scenarios[i], files[i]) is { } error) errors.Add(error);
        }
        if (errors.Count > 0) throw new InputException(errors);
    }

    /// <summary>Why <paramref name="scenario"/> cannot be compared with <paramref name="baseline"/>, or null when it can.</summary>
    private static Diagnostic? Refusal(Scenario baseline, string baselineFile, Scenario scenario, string file)
    {
        var baseValues = baseline.Resolved.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var differing = scenario.Resolved
            .Where(p => SharedInComparison(p.Name) && baseValues.TryGetValue(p.Name, out var b) && b.Value != p.Value)
            .ToList();
        if (differing.Count == 0) return null;
        var first = differing[0];
        var (value, baseValue) = (first.Value, baseValues[first.Name].Value);
        // Located at its line when the compared file itself sets it; else the message says which file of its extends chain does.
        var origin = scenario.Settings?[first.Name].Origin;
        var here = origin is not null && origin.File == scenario.SourcePath;
        var setIn = here || origin is null ? Bilingual.Same("") : new Bilingual($" (set at {origin.OriginText})", $"（设于 {origin.OriginText}）");
        var others = differing.Count - 1;
        var more = others == 0 ? Bilingual.Same("") : new Bilingual(
            string.Format(CultureInfo.InvariantCulture, "; {0:N0} more of its year, population or shock parameters differ", others),
            string.Format(CultureInfo.InvariantCulture, "；另有 {0:N0} 个年份、企业总体或冲击参数不同", others));
        var message = new Bilingual($"{first.Name} {value}", $"{first.Name} 为 {value}") + setIn + new Bilingual(
                $" differs from the baseline's {baseValue} ({baselineFile})", $"，与基准情景（{baselineFile}）的 {baseValue} 不同") + more + new Bilingual(
                ": compare needs the same years, firms and shocks; run it on its own with rdsim run",
                "：compare 要求相同的年份、企业和冲击；请用 rdsim run 单独运行它");
        return Diagnostic.Error(file, here ? origin!.Line : 0, here ? origin!.Column : 0, first.Name, message);
    }
}
