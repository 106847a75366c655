using Rdsim.Scenarios;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// What to do instead, for a command-line mistake the parser can only call by its own name: <c>rdsim run a.yaml b.yaml</c>
/// is "Could not match 'b.yaml' with an argument.", when the user most likely wanted to compare the two scenarios.
/// </summary>
public static class CommandLineHints
{
    /// <summary>The verbs that run one scenario, for which a second scenario most likely meant <c>compare</c> (with --sensitivity).</summary>
    private static readonly string[] RunsOneScenario = ["run", "sensitivity"];

    /// <summary>The other verbs that take one scenario: a second one is meant for a second call.</summary>
    private static readonly string[] TakesOneScenario = ["sweep", "calibrate", "validate"];

    /// <summary>A hint for <paramref name="args"/>, which the parser refused with <paramref name="error"/>, or null when there is none.</summary>
    public static Bilingual? For(IReadOnlyList<string> args, Exception error)
    {
        var verb = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (verb is null || CommandLineErrors.ExtraArgumentOf(error) is not { } extra || !IsScenarioFile(extra)) return null;
        if (RunsOneScenario.Contains(verb, StringComparer.Ordinal))
        {
            return new Bilingual($"{verb} takes one scenario; to compare scenarios use rdsim compare a.yaml b.yaml",
                $"{verb} 只接受一个情景；要比较多个情景，请用 rdsim compare a.yaml b.yaml");
        }
        return TakesOneScenario.Contains(verb, StringComparer.Ordinal)
            ? new Bilingual($"{verb} takes one scenario; call rdsim {verb} once for each", $"{verb} 只接受一个情景；请对每个情景分别调用 rdsim {verb}")
            : null;
    }

    private static bool IsScenarioFile(string argument) =>
        argument.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || argument.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
