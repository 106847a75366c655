using Rdsim.Scenarios.Loading;
using Spectre.Console;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// All output goes through here: results to standard output, everything for people (progress,
/// warnings, errors) to standard error, so results can be piped while progress stays visible.
/// </summary>
public static class CliConsole
{
    /// <summary>Standard output, for results.</summary>
    public static IAnsiConsole Out { get; } = Create(Console.Out, Console.IsOutputRedirected);

    /// <summary>
    /// Standard output for Spectre.Console.Cli's own words (help, usage): lines end at their last character, not at the
    /// width of the widest row (<see cref="TrailingSpaceTrimmer"/>).
    /// </summary>
    public static IAnsiConsole Help { get; } = Create(new TrailingSpaceTrimmer(Console.Out), Console.IsOutputRedirected);

    /// <summary>Standard error, for people.</summary>
    public static IAnsiConsole Error { get; } = Create(Console.Error, Console.IsErrorRedirected);

    /// <summary>
    /// Far wider than any line we write: piped output is read by programs and <c>grep</c>, so a line
    /// (a long path, a located error) must never be broken; tables still size to their content.
    /// </summary>
    private const int RedirectedWidth = 1 << 16;

    /// <summary>A console on a stream; redirected output gets no colours and lines that never wrap.</summary>
    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (redirected) console.Profile.Width = RedirectedWidth;
        return console;
    }

    /// <summary>
    /// The terminal's words: English unless the verb's <c>--lang</c> chose another (<see cref="Languages.Use"/>). A process runs
    /// one verb, so the choice is made once, before anything is said.
    /// </summary>
    public static ConsoleText Text { get; private set; } = ConsoleText.English;

    /// <summary>Says everything from now on in <paramref name="text"/>'s language.</summary>
    internal static void Speak(ConsoleText text) => Text = text;

    /// <summary>Writes a line for people, <paramref name="pattern"/> (one of <see cref="Text"/>'s) filled with <paramref name="values"/>.</summary>
    public static void Say(Func<ConsoleText, string> pattern, params object[] values) => Info(ConsoleText.Format(pattern(Text), values));

    /// <summary>Whether standard error is a terminal (live progress bars) or redirected (plain lines).</summary>
    public static bool IsInteractive => !Console.IsErrorRedirected && Error.Profile.Capabilities.Interactive;

    /// <summary>Writes a line for people.</summary>
    public static void Info(string text) => Error.WriteLine(text);

    /// <summary>Writes a warning.</summary>
    public static void Warn(string text) => Colored(text, Color.Yellow);

    /// <summary>Writes a scenario's warning in the terminal's language.</summary>
    public static void Warn(Diagnostic warning) => Warn(warning.Text(Text.IsChinese));

    /// <summary>Writes an error.</summary>
    public static void Fail(string text) => Colored(text, Color.Red);

    /// <summary>
    /// A line written as it is: messages quote what the user typed, and markup would turn <c>[…]</c> into styles
    /// and <c>:name:</c> into an emoji (<c>0:Infinity:1</c> became "0♾1").
    /// </summary>
    private static void Colored(string text, Color color)
    {
        Error.Write(new Text(text, new Style(color)));
        Error.WriteLine();
    }
}
