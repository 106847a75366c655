using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rdsim.Scenarios.Loading;

/// <summary>
/// Parses YAML text into nodes that keep their line and column, and turns every way the parser can fail
/// into a located syntax error. YamlDotNet usually throws <see cref="YamlException"/>, but fuzzing found
/// broken input on which it throws a bare <see cref="InvalidOperationException"/> (an unclosed <c>[</c>
/// followed by more lines) or <see cref="ArgumentException"/> ("the current event is of an unsupported
/// type"); those are located at the last event the parser read.
/// </summary>
internal static class YamlParsing
{
    /// <summary>A syntax error: where, and what.</summary>
    public readonly record struct SyntaxError(Mark At, string Message);

    /// <summary>Parses <paramref name="text"/>; returns the stream, or the syntax error.</summary>
    public static (YamlStream? Stream, SyntaxError? Error) Load(TextReader text)
    {
        var parser = new Parser(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
            return (stream, null);
        }
        catch (YamlException e)
        {
            return (null, new SyntaxError(e.Start, Describe(e)));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            var at = parser.Current?.End ?? Mark.Empty;
            return (null, new SyntaxError(at, "the YAML structure breaks here (an unclosed [ ] or { }, a stray quote, | or >, or a misplaced key); check the text from here on."));
        }
    }

    /// <summary>YamlDotNet's message without its own "(Line: …)" prefix, which the diagnostic already carries.</summary>
    private static string Describe(YamlException e)
    {
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
