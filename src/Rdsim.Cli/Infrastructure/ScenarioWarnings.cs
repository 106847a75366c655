using Rdsim.Scenarios;

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
    }
}
