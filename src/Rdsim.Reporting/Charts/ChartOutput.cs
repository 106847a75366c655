namespace Rdsim.Reporting.Charts;

/// <summary>A chart written to disk: <c>NAME.png</c>, <c>NAME.svg</c> and <c>NAME.csv</c> in one folder.</summary>
/// <param name="Folder">The charts folder.</param>
/// <param name="Name">File name without extension.</param>
/// <param name="Title">The chart's title.</param>
public sealed record ChartOutput(string Folder, string Name, string Title)
{
    /// <summary>The SVG file.</summary>
    public string Svg => Path.Combine(Folder, Name + ".svg");

    /// <summary>The PNG file.</summary>
    public string Png => Path.Combine(Folder, Name + ".png");

    /// <summary>The CSV file with the numbers drawn.</summary>
    public string Csv => Path.Combine(Folder, Name + ".csv");

    /// <summary>The files of the charts called <paramref name="names"/> in the folder <paramref name="folder"/>, relative, with <c>/</c>.</summary>
    public static IReadOnlyList<string> Files(string folder, params IEnumerable<string> names) =>
        [.. names.SelectMany(n => new[] { ".png", ".svg", ".csv" }.Select(ext => $"{folder}/{n}{ext}"))];
}
