using Rdsim.Reporting.Charts;

namespace Rdsim.Cli.Infrastructure;

/// <summary>Maps <c>--lang</c> to a chart language.</summary>
public static class Languages
{
    /// <summary>
    /// The language named by <paramref name="name"/>, which the terminal speaks from now on (<see cref="CliConsole.Text"/>): the
    /// verbs with <c>--lang</c> call it first thing.
    /// </summary>
    public static ChartLanguage Use(string name)
    {
        var language = Parse(name);
        CliConsole.Speak(ConsoleText.For(language));
        return language;
    }

    /// <summary>
    /// Speaks the language of a <c>--lang</c> in <paramref name="args"/> before the command line is parsed: an error in another
    /// option, or in the scenario file, is then reported in the language asked for. An unknown language is left for the
    /// verb to report.
    /// </summary>
    public static void UseEarly(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i]["--lang=".Length..]
                : args[i] == "--lang" && i + 1 < args.Count ? args[i + 1] : null;
            if (name?.ToLowerInvariant() is "zh" or "zh-cn" or "en") Use(name);
        }
    }

    /// <summary>The language named by <paramref name="name"/> (<c>en</c> or <c>zh</c>).</summary>
    public static ChartLanguage Parse(string name) => name.ToLowerInvariant() switch
    {
        "en" => ChartLanguage.En,
        "zh" or "zh-cn" => ChartLanguage.Zh,
        _ => throw Errors.Option("--lang", new($"Unknown language '{name}'; use en or zh.", $"未知语言 '{name}'；请用 en 或 zh。")),
    };
}
