namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// <c>rdsim help</c> and <c>rdsim help VERB</c>, which people type by habit (git, go, dotnet), as <c>rdsim --help</c> and
/// <c>rdsim VERB --help</c>: Spectre.Console.Cli knows only the option, and answered "Unknown command 'help'".
/// </summary>
public static class HelpVerb
{
    /// <summary>The arguments with a leading <c>help</c> turned into <c>--help</c> after the verb it names, if any.</summary>
    public static string[] Rewrite(string[] args) => args switch
    {
        ["help"] => ["--help"],
        ["help", var verb, .. var rest] => [verb, .. rest, "--help"],
        _ => args,
    };
}
