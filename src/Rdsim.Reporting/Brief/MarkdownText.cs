namespace Rdsim.Reporting.Brief;

/// <summary>
/// Text from outside rdsim (scenario names and values, file names, manifest fields) made inert in Markdown: every ASCII
/// punctuation character is backslash-escaped (CommonMark allows it for all of them), so the text can form no link, no
/// emphasis and no HTML, whatever it holds; line breaks become spaces (a table cell is one line).
/// </summary>
public static class MarkdownText
{
    /// <summary><paramref name="text"/> as literal Markdown text.</summary>
    public static string Escape(string? text)
    {
        var escaped = new System.Text.StringBuilder();
        foreach (var c in text ?? "")
        {
            if (c is '\r' or '\n') escaped.Append(' ');
            else if (char.IsAscii(c) && char.IsPunctuation(c) || c is '$' or '+' or '<' or '=' or '>' or '^' or '`' or '|' or '~') escaped.Append('\\').Append(c);
            else escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary><paramref name="text"/> as inline code (a code span shows its content as it is), or escaped text when it holds a backtick.</summary>
    public static string Code(string text) => text.Contains('`', StringComparison.Ordinal) || text.Contains('\n', StringComparison.Ordinal) ? Escape(text) : $"`{text}`";
}
