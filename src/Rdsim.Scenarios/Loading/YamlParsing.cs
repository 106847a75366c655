using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Parses YAML text into nodes that keep their line and column, and turns every way the parser can fail
/// into a located syntax error. YamlDotNet usually throws <see cref="YamlException"/>, but fuzzing found
/// broken input on which it throws a bare <see cref="InvalidOperationException"/> (an unclosed <c>[</c>
/// followed by more lines) or <see cref="ArgumentException"/> ("the current event is of an unsupported
/// type"); those are located at the last event the parser read. Collections nested deeper than
/// <see cref="MaxDepth"/> are refused (see <see cref="DepthLimitedParser"/>).
/// </summary>
internal static class YamlParsing
{
    /// <summary>The deepest nesting of lists and mappings accepted; a scenario uses at most five or six.</summary>
    public const int MaxDepth = 64;

    /// <summary>A syntax error: where, and what.</summary>
    public readonly record struct SyntaxError(Mark At, Bilingual Message)
    {
        /// <summary>The error as a file's diagnostic says it: "YAML syntax error: …".</summary>
        public Bilingual Text => new Bilingual("YAML syntax error: ", "YAML 语法错误：") + Message;
    }

    /// <summary>Parses <paramref name="text"/>; returns the stream, or the syntax error.</summary>
    public static (YamlStream? Stream, SyntaxError? Error) Load(string text)
    {
        var parser = new Parser(new StringReader(text));
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(parser, MaxDepth));
            return (stream, null);
        }
        catch (YamlException e)
        {
            var message = Describe(e);
            return (null, message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndentation(text, e.Start) is { } tab
                ? new SyntaxError(tab, new("a tab in the indentation; YAML indents with spaces only.", "缩进中有制表符；YAML 只能用空格缩进。"))
                : new SyntaxError(e.Start, ParserText(message)));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            var at = parser.Current?.End ?? Mark.Empty;
            return (null, new SyntaxError(at, new(
                "the YAML structure breaks here (an unclosed [ ] or { }, a stray quote, | or >, or a misplaced key); check the text from here on.",
                "YAML 结构在此处断开（未闭合的 [ ] 或 { }、多余的引号、| 或 >，或位置不对的键）；请检查从这里开始的文本。")));
        }
    }

    /// <summary>
    /// The YAML parser's own description, which exists in English only: the Chinese quotes it as the parser's words, after
    /// saying where to look.
    /// </summary>
    private static Bilingual ParserText(string message) => new(message, $"此处的 YAML 写法有误（解析器原文：\"{message}\"）");

    /// <summary>YamlDotNet's message without its own "(Line: …)" prefix, which the diagnostic already carries.</summary>
    private static string Describe(YamlException e)
    {
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    /// <summary>
    /// The first tab in a line's leading whitespace, from the line the parser stopped at on (it reports the value
    /// before the tab, a line too early); null when there is none.
    /// </summary>
    private static Mark? TabIndentation(string text, Mark reported)
    {
        var lines = text.Split('\n');
        for (var i = (int)Math.Max(0, reported.Line - 1); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return new Mark(0, i + 1, tab + 1);
        }
        return null;
    }
}
