namespace Rdsim.Scenarios.Loading;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Outside the advisory range: allowed, but worth a second look.</summary>
    Warning,
    /// <summary>The input cannot be used.</summary>
    Error,
}

/// <summary>
/// A problem found in an input an analyst wrote, located precisely enough to fix it: the file, the
/// line (1-based; 0 when not tied to a line) and column, and the dotted parameter path.
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="File">The file (or <c>--set</c> for command-line overrides).</param>
/// <param name="Line">1-based line, or 0.</param>
/// <param name="Column">1-based column, or 0.</param>
/// <param name="Path">Dotted parameter path, e.g. <c>hnte.rate</c>; empty for whole-file problems.</param>
/// <param name="Message">What is wrong and what would be right.</param>
/// <param name="MessageZh">The same in Chinese, for a verb run with <c>--lang zh</c> (every error made with <see cref="Error"/> has one).</param>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Path, string Message, string? MessageZh = null)
{
    /// <summary>An error in both languages: the way every error is made, so that none lacks its Chinese text.</summary>
    public static Diagnostic Error(string file, int line, int column, string path, Bilingual message) =>
        new(Severity.Error, file, line, column, path, message.En, message.Zh);

    /// <summary>
    /// Formats as <c>file:line:column: error: path: message</c>, the shape compilers use and editors link; without the
    /// <c>path: </c> when the message names the parameter itself (<c>hnte.rate = 0.4 is outside …</c>), which would say it twice.
    /// </summary>
    public override string ToString() => Text(chinese: false);

    /// <summary>
    /// <see cref="ToString"/> in Chinese when <paramref name="chinese"/> and there is <see cref="MessageZh"/> (<c>file:line:column: 警告: path: …</c>),
    /// else in English.
    /// </summary>
    public string Text(bool chinese)
    {
        var location = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var zh = chinese && MessageZh is not null;
        var kind = (Severity, zh) switch { (Severity.Error, false) => "error", (Severity.Error, true) => "错误", (_, false) => "warning", _ => "警告" };
        var message = zh ? MessageZh! : Message;
        var path = string.IsNullOrEmpty(Path) || Names(message, Path) ? "" : $"{Path}: ";
        return $"{location}: {kind}: {path}{message}";
    }

    /// <summary>
    /// Whether <paramref name="message"/> names <paramref name="path"/> itself: begins with it (<c>hnte.rate = 0.4 is …</c>) or quotes
    /// it (<c>unknown parameter 'hnte.rtae'</c>). A path that is only a word of the message (the column <c>sector</c> in "unknown
    /// sector 'x'") does not count: there the prefix is what says which column is wrong.
    /// </summary>
    private static bool Names(string message, string path) =>
        message.StartsWith(path + " ", StringComparison.Ordinal) || message.Contains($"'{path}'", StringComparison.Ordinal);
}
