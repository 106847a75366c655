using System.Text;

namespace Rdsim.Cli.Infrastructure;

/// <summary>
/// Writes through to another writer without the spaces that end a line. Spectre.Console pads every cell of a grid to its
/// column's width; on a redirected stream, whose width is set so that no line wraps (<see cref="CliConsole"/>), the help's
/// option tables came out padded to the longest description, hundreds of spaces that wrapped into blank lines on an
/// 80-column terminal (<c>rdsim run --help | less</c>).
/// </summary>
internal sealed class TrailingSpaceTrimmer(TextWriter inner) : TextWriter
{
    private int _pendingSpaces;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == ' ')
        {
            _pendingSpaces++;
            return;
        }
        if (value is not ('\n' or '\r'))
        {
            for (; _pendingSpaces > 0; _pendingSpaces--) inner.Write(' ');
        }
        _pendingSpaces = 0;
        inner.Write(value);
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? "") Write(c);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        for (var i = index; i < index + count; i++) Write(buffer[i]);
    }

    public override void Flush() => inner.Flush();
}
