namespace Rdsim.Scenarios.IO;

/// <summary>
/// A kind of file rdsim reads and the largest it accepts. Files are checked against the limit before they are
/// opened and again while they are read (a file may grow, or report no size, as /proc files do), so a huge or
/// endless input is refused instead of filling memory.
/// </summary>
/// <param name="What">What the file is, for messages (e.g. "scenario file"), in English and Chinese.</param>
/// <param name="MaxBytes">The largest accepted size.</param>
public sealed record InputLimit(Bilingual What, long MaxBytes)
{
    /// <summary>Scenario, <c>extends</c> and sweep files (YAML): 1 MiB, some hundred times the largest bundled one.</summary>
    public static InputLimit Scenario { get; } = new(new("scenario file", "情景文件"), 1L << 20);

    /// <summary><c>population.from</c> files (CSV): 256 MiB, about 2.5 million firms at 100 bytes a row.</summary>
    public static InputLimit Population { get; } = new(new("population file", "企业总体文件"), 256L << 20);

    /// <summary><c>calibrate --targets</c> files (CSV): 1 MiB.</summary>
    public static InputLimit Targets { get; } = new(new("targets file", "校准目标文件"), 1L << 20);

    /// <summary>The limit in words, e.g. "1 MiB (1,048,576 bytes)".</summary>
    public Bilingual Text => new($"{Mebibytes(MaxBytes)} ({MaxBytes:N0} bytes)", $"{Mebibytes(MaxBytes)}（{MaxBytes:N0} 字节）");

    private static string Mebibytes(long bytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.##} MiB");
}
