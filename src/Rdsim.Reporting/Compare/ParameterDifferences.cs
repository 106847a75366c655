using System.Globalization;
using Rdsim.Model.Policy;
using Rdsim.Reporting.Results;
using Rdsim.Scenarios.Loading;
using Rdsim.Scenarios.Registry;

namespace Rdsim.Reporting.Compare;

/// <summary>
/// Which parameters differ between a compared scenario and the baseline: their resolved values (as the manifests record
/// them, every parameter, defaults included) read back by the registry's rules and compared year by year, so that a
/// value written differently but equal in every year (<c>0.5</c> and <c>{2008: 0.5}</c>) is not a difference, and a
/// year-keyed one is shown for the years in which it differs.
/// </summary>
public static class ParameterDifferences
{
    /// <summary>The parameters of <paramref name="run"/> that differ from <paramref name="baseline"/>'s, in registry order.</summary>
    public static IEnumerable<ParameterDifference> Of(RunResult baseline, RunResult run)
    {
        var theirs = baseline.Manifest.Scenario.Parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var first = Math.Min(baseline.Manifest.FirstYear, run.Manifest.FirstYear);
        var last = Math.Max(baseline.Manifest.LastYear, run.Manifest.LastYear);
        foreach (var mine in run.Manifest.Scenario.Parameters)
        {
            if (!theirs.TryGetValue(mine.Name, out var their) || their == mine.Value) continue;
            var definition = ParameterRegistry.Find(mine.Name);
            var unit = definition?.Unit ?? "";
            var (a, b) = definition is null ? (null, null) : (ValueTextReader.Read(definition, their), ValueTextReader.Read(definition, mine.Value));
            if (a is null || b is null)
            {
                // A value that does not read back (a parameter this rdsim does not know): its text is all there is to compare.
                yield return new ParameterDifference(run.Name, mine.Name, unit, null, their, mine.Value);
                continue;
            }
            if (ValueText.Canonical(a) == ValueText.Canonical(b)) continue;
            var spans = definition!.YearKeyed ? Spans(a, b, first, last) : [];
            if (spans.Count == 0) yield return new ParameterDifference(run.Name, mine.Name, unit, null, their, mine.Value);
            foreach (var (from, to, baselineValue, value) in spans)
            {
                var years = from == to ? Year(from) : $"{Year(from)}–{Year(to)}";
                yield return new ParameterDifference(run.Name, mine.Name, unit, years, baselineValue, value);
            }
        }
    }

    /// <summary>The spans of years in <paramref name="first"/>–<paramref name="last"/> over which the two values differ, each with both values.</summary>
    private static List<(int From, int To, string Baseline, string Value)> Spans(YearKeyed<object?> baseline, YearKeyed<object?> value, int first, int last)
    {
        var spans = new List<(int From, int To, string Baseline, string Value)>();
        for (var year = first; year <= last; year++)
        {
            var (b, v) = (ValueText.Format(baseline.At(year)), ValueText.Format(value.At(year)));
            if (b == v) continue;
            if (spans.Count > 0 && spans[^1] is var open && open.To == year - 1 && open.Baseline == b && open.Value == v) spans[^1] = open with { To = year };
            else spans.Add((year, year, b, v));
        }
        return spans;
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
