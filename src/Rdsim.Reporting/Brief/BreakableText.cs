using System.Text;

namespace Rdsim.Reporting.Brief;

/// <summary>
/// Text from outside rdsim (keys, file names, values), HTML-encoded, with the places a line may break marked: after a
/// separator inside a word (<c>superDeduction.</c><c>extraRate</c>, <c>china-2008-2024.yaml:</c><c>238</c>), never inside a
/// number or a name. Left to the browser, such a word breaks nowhere (Unicode line breaking keeps <c>a.b</c> and <c>a:1</c>
/// together) or, with <c>overflow-wrap: anywhere</c>, anywhere ("correlatio / n"); a <c>&lt;wbr&gt;</c> breaks only where
/// it is, and is not copied with the text.
/// </summary>
public static class BreakableText
{
    /// <summary>Where a word may break: after one of these, between two letters or digits, except a decimal point.</summary>
    private const string Separators = "._/:-";

    /// <summary><paramref name="text"/> HTML-encoded, with a <c>&lt;wbr&gt;</c> after each separator inside a word.</summary>
    public static string Html(string text)
    {
        var html = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            html.Append(BriefPage.Encode(text[i].ToString()));
            if (i > 0 && i + 1 < text.Length && Separators.Contains(text[i]) && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])
                && !(text[i] == '.' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
            {
                html.Append("<wbr>");
            }
        }
        return html.ToString();
    }

    /// <summary>A parameter's key as inline code that breaks after its dots.</summary>
    public static string Code(string key) => $"<code>{Html(key)}</code>";

    /// <summary>
    /// A value as a scenario file writes it, a year-keyed one (<c>{2008: 0.5, 2018: 0.75}</c>) one year a line (<c>2008: 0.5</c>),
    /// so that a reader sees each year's rate and the cell breaks between years rather than inside one.
    /// </summary>
    /// <remarks>
    /// A value that is not a number is code: it is as the scenario file writes it (a rule set, a list of sector keys, true).
    /// </remarks>
    public static string Value(string value) => string.Join("<br>", YearEntries(value).Select(e => IsNumber(e) || IsNumber(WithoutYear(e)) ? BriefPage.Encode(e) : $"<code>{Html(e)}</code>"));

    /// <summary>An entry of a year-keyed value without its year (<c>0.5</c> of <c>2008: 0.5</c>), or the entry itself.</summary>
    private static string WithoutYear(string entry) => entry.Length > 6 && entry[4] == ':' && entry[..4].All(char.IsDigit) ? entry[5..].Trim() : entry;

    /// <summary>Whether <paramref name="text"/> is a number (<c>1e-05</c> must not break after its minus sign).</summary>
    private static bool IsNumber(string text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>The entries of a year-keyed value, or the value itself when it is not one.</summary>
    private static IReadOnlyList<string> YearEntries(string value)
    {
        if (value.Length < 2 || value[0] != '{' || value[^1] != '}') return [value];
        var entries = new List<string>();
        var (depth, start) = (0, 1);
        for (var i = 1; i < value.Length - 1; i++)
        {
            depth += value[i] is '[' or '{' ? 1 : value[i] is ']' or '}' ? -1 : 0;
            if (depth == 0 && value[i] == ',')
            {
                entries.Add(value[start..i].Trim());
                start = i + 1;
            }
        }
        entries.Add(value[start..^1].Trim());
        return entries.All(e => e.Length > 5 && e[..4].All(char.IsDigit) && e[4] == ':') ? entries : [value];
    }
}
