using Rdsim.Scenarios;
using Rdsim.Scenarios.Populations;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// The advisory warnings of the scenarios a batch verb runs (<c>compare</c>'s scenarios, <c>sweep</c>'s points, their sensitivity
/// variants), as <c>rdsim run</c> prints a scenario's: each distinct warning once, however many scenarios raise it (a <c>--set</c>
/// raises it in every one), followed by the files of the scenarios that raise it, so that a user sees which results rest on it.
/// </summary>
public static class ScenarioWarnings
{
    /// <summary>Prints the warnings of <paramref name="scenarios"/>, each named by the file it was given as, in the order they are first raised.</summary>
    public static void Print(IEnumerable<(string File, Scenario Scenario)> scenarios)
    {
        var chinese = CliConsole.Text.IsChinese;
        var raised = scenarios.SelectMany(s => s.Scenario.Warnings.Select(w => (s.File, Text: w.Text(chinese))));
        foreach (var warning in raised.GroupBy(w => w.Text, StringComparer.Ordinal))
        {
            var files = warning.Select(w => w.File).Distinct(StringComparer.Ordinal).ToList();
            CliConsole.Warn(warning.Key + new Bilingual($" (in {string.Join(", ", files)})", $"（见 {string.Join("、", files)}）").For(chinese));
        }
        Universe(scenarios.Select(s => s.Scenario));
    }

    /// <summary>
    /// Warns, once each, of the changes that resized a scenario's population away from the universe it describes
    /// (<see cref="UniverseMismatch"/>): its totals are then not the totals its <c>universe:</c> sentence names.
    /// </summary>
    public static void Universe(IEnumerable<Scenario> scenarios)
    {
        var chinese = CliConsole.Text.IsChinese;
        foreach (var text in scenarios.Select(UniverseMismatch.Of).OfType<UniverseMismatch>().Select(m => m.Warning.For(chinese)).Distinct(StringComparer.Ordinal))
        {
            CliConsole.Warn(text);
        }
    }
}
