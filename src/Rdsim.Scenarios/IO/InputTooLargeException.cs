namespace Rdsim.Scenarios.IO;

/// <summary>A file turned out larger than its <see cref="InputLimit"/> while it was read (it grew, or reported no size).</summary>
internal sealed class InputTooLargeException(Bilingual text) : IOException(text.En)
{
    /// <summary>What happened, in both languages.</summary>
    public Bilingual Text { get; } = text;
}
