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

    /// <summary>The language named by <paramref name="name"/> (<c>en</c> or <c>zh</c>).</summary>
    public static ChartLanguage Parse(string name) => name.ToLowerInvariant() switch
    {
        "en" => ChartLanguage.En,
        "zh" or "zh-cn" => ChartLanguage.Zh,
        _ => throw Errors.Option("--lang", $"Unknown language '{name}'; use en or zh."),
    };
}
