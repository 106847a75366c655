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
        ["help", "help", .. var rest] => Rewrite(["help", .. rest]),   // help about help is the overview
        ["help", var verb, .. var rest] => [verb, .. rest, "--help"],
        _ => args,
    };

    /// <summary>
    /// The first word after <c>rdsim help VERB</c> that is neither an option nor <c>--lang</c>'s value (<c>rdsim help run extra</c>),
    /// which the help would silently ignore; null when there is none.
    /// </summary>
    public static string? Stray(string[] args)
    {
        if (args is not ["help", ..]) return null;
        var words = args.Skip(1).SkipWhile(a => a == "help").ToList();
        for (var i = 1; i < words.Count; i++)
        {
            if (!words[i].StartsWith('-') && words[i - 1] != "--lang") return words[i];
        }
        return null;
    }

    /// <summary>The error for <paramref name="stray"/> after <c>rdsim help VERB</c>.</summary>
    public static string StrayMessage(string[] args, string stray, bool chinese)
    {
        var verb = args.Skip(1).SkipWhile(a => a == "help").First();
        return chinese
            ? $"rdsim help 只接受一个命令名；'{stray}' 不是其中的一部分。请输入 rdsim help {verb}，或 rdsim {verb} --help。"
            : $"rdsim help takes one verb; '{stray}' is not part of it. Type rdsim help {verb}, or rdsim {verb} --help.";
    }
}
