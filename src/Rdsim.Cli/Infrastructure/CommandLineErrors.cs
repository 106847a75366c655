using System.Text.RegularExpressions;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// The command-line parser's errors (Spectre.Console.Cli's, in English only) in Chinese, for <c>--lang zh</c>: the messages it
/// is known to give are said again in Chinese with the names they quote; any other is quoted as the parser's words.
/// </summary>
public static partial class CommandLineErrors
{
    private static readonly (Regex English, string Chinese)[] Known =
    [
        (UnknownOption(), "未知选项 '{0}'。"),
        (UnknownCommand(), "未知命令 '{0}'。"),
        (MissingArgument(), "命令 '{0}' 缺少必需的参数 '{1}'。"),
        (ExtraArgument(), "多余的参数 '{0}'：没有与之对应的参数位置。"),
        (NoValue(), "选项 '{0}' 缺少取值。"),
        (FlagWithValue(), "开关选项不能赋值。"),
    ];

    /// <summary><paramref name="error"/>'s message in Chinese.</summary>
    public static string Chinese(Exception error)
    {
        foreach (var (english, chinese) in Known)
        {
            var match = english.Match(error.Message);
            if (match.Success) return string.Format(chinese, [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Value)]);
        }
        return $"命令行有误（解析器原文：\"{error.Message}\"）。";
    }

    /// <summary>The argument <paramref name="error"/> says matched no argument of the verb ("Could not match 'X' with an argument."), or null.</summary>
    public static string? ExtraArgumentOf(Exception error) => ExtraArgument().Match(error.Message) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^Unknown option '(.+)'\.$")]
    private static partial Regex UnknownOption();

    [GeneratedRegex(@"^Unknown command '(.+)'\.$")]
    private static partial Regex UnknownCommand();

    [GeneratedRegex(@"^Command '(.+)' is missing required argument '(.+)'\.$")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Could not match '(.+)' with an argument\.$")]
    private static partial Regex ExtraArgument();

    [GeneratedRegex(@"^Option '(.+)' is defined but no value has been provided\.$")]
    private static partial Regex NoValue();

    [GeneratedRegex(@"^Flags cannot be assigned a value\.$")]
    private static partial Regex FlagWithValue();
}
