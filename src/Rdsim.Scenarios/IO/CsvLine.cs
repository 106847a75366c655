using System.Text;

namespace Rdsim.Scenarios.IO;

/// <summary>
/// Splits one line of a CSV file a person wrote into fields (RFC 4180 quoting: <c>"a, b"</c>, <c>""</c> for a quote), keeping each
/// field's column, so that a bad field is reported at its line and column (the targets of a calibration). The dialect is the
/// one rdsim writes (<see cref="CsvFormat"/>).
/// </summary>
public static class CsvLine
{
    /// <summary>A field's text and its 1-based starting column.</summary>
    public readonly record struct Field(string Text, int Column);

    /// <summary>The fields of <paramref name="line"/>.</summary>
    public static IReadOnlyList<Field> Split(string line)
    {
        var fields = new List<Field>();
        var text = new StringBuilder();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { text.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else text.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                fields.Add(new Field(text.ToString(), start + 1));
                text.Clear();
                start = i + 1;
            }
            else text.Append(c);
        }
        fields.Add(new Field(text.ToString(), start + 1));
        return fields;
    }
}
